def main(event):
    d = {'a': 1}
    print(d.setdefault('b', 5), d.setdefault('a', 9), d.pop('a'), d.pop('x', 'dflt'), d)
    d.update({'c': 3}, e=4)
    return d
