def main(event):
    print('  a  b c  '.split(None, 1), 'a b c'.rsplit(None, 1), 'a\tb\nc'.split())
