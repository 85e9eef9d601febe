def main(event):
    d = {'a': 1, 'b': 2}
    e = d.copy()
    print(e.popitem(), e)
    d.clear()
    return [d, e]
