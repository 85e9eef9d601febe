def main(event):
    d = {'a': 1, 'b': 2}
    del d['a']
    del d['zz']
