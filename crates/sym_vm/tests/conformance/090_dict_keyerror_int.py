def main(event):
    d = {}
    return d[42]
