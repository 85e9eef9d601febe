def main(event):
    d = {1: 'a'}
    d[1.0] = 'b'
    d[True] = 'c'
    print(d, len(d))
    return {1: 'x', 2: [1]}
