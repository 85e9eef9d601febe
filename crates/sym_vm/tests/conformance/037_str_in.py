def main(event):
    print('ell' in 'hello', 'z' in 'hello', 'a' not in 'abc')
