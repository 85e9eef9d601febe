def main(event):
    print('one')
    print('two')
    return printed
