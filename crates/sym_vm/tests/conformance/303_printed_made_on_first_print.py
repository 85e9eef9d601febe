def inner():
    print('inner')
    return printed

def quiet():
    return 1

def main(event):
    print('a')
    x = inner()
    quiet()
    print('b')
    return [x, printed]
