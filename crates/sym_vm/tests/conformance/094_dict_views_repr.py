def main(event):
    d = {'a': 1, 'b': 2}
    print(d.keys(), d.values(), d.items())
