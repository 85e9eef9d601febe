def main(event):
    d = {'a': 1}
    return d['urgency']
