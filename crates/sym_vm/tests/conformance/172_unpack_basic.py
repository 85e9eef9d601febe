def main(event):
    a, b = 1, 2
    a, b = b, a
    (c, d), e = (3, 4), 5
    print(a, b, c, d, e)
    first, *rest = [1, 2, 3]
    *init, last = 'xyz'.split('y')
    return [first, rest, init, last]
