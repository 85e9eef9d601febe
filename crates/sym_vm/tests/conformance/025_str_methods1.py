def main(event):
    s = '  a b  c  '
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.split(), s.split(' '))
