def main(event):
    print('a', 'b', sep='-')
    print('x', end='')
    print('y')
    print()
    print('multi\nline')
    print(1, 2, 3, sep='')
