data = {'urgency': 'high'}
if (urgency := data.get('urgency')) is not None:
    print(urgency)
