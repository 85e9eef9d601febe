def main(event):
    a = 'abc'
    b = 'ab' + 'c'
    return [a == b, a != b]
