def main(event):
    d = {}
    d['z'] = 1
    d['a'] = 2
    d['m'] = 3
    del d['a']
    d['a'] = 4
    return list(d)
