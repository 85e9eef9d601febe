def main(event):
    d = {'a': 1, 'b': 2}
    d['c'] = 3
    print(d, d['a'], len(d), 'a' in d, 'z' in d)
    return d
