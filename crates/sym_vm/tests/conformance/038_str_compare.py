def main(event):
    print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'a' == 'a', 'b' > 'abc')
