def main(event):
    d = {}
    return d[(1, 'x')]
