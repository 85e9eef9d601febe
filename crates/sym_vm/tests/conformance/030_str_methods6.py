def main(event):
    print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'))
