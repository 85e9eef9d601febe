def main(event):
    d = {'a': {'b': {'c': 1}}}
    return d.get('a', {}).get('b', {}).get('c')
