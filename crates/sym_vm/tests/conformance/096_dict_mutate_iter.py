def main(event):
    d = {'a': 1, 'b': 2}
    for k in d:
        d['c'] = 3
