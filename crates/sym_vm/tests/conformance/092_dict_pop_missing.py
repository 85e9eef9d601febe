def main(event):
    d = {}
    return d.pop('k')
