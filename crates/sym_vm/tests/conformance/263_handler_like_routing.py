def main(event):
    fields = {'urgency': 'Emergency', 'reason': 'fix'}
    urgency = fields.get('urgency', 'Normal')
    if urgency == 'Emergency':
        approvers = ['oncall@example.com']
    else:
        approvers = []
    msg = f"{urgency}: {fields['reason']} -> {', '.join(approvers)}"
    print(msg)
    return {'approvers': approvers, 'auto': urgency == 'Emergency'}
