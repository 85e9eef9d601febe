def main(event):
    return [t.expandtabs() for t in ['a\tb', 'ab\tc\n\td', 'abcdefgh\tx']] + ['a\tb'.expandtabs(4), 'a\tb'.expandtabs(0), 'a\tb'.expandtabs(tabsize=2)]
