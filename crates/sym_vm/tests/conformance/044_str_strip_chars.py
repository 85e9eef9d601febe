def main(event):
    print('xxhixx'.strip('x'), '..a..'.lstrip('.'), 'abccc'.rstrip('c'))
