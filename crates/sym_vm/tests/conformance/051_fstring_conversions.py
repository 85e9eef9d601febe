def main(event):
    s = 'hi'
    print(f'{s!r} {s!s} {s!a} {[1, "a"]!r}', f'{"é"!a}')
