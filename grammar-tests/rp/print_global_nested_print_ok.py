def outer():
    global _print
    def inner():
        print('x')
    return inner
