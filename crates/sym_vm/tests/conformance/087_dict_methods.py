def main(event):
    d = {'a': 1, 'b': 2}
    print(d.get('a'), d.get('z'), d.get('z', 0), list(d.keys()), list(d.values()), list(d.items()))
