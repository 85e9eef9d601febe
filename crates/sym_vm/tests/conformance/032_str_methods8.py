def main(event):
    print('line1\nline2\r\nline3'.splitlines(), 'prefix_name'.removeprefix('prefix_'), 'file.txt'.removesuffix('.txt'))
