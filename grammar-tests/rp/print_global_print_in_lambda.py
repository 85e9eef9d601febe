def f():
    global _print
    return lambda: print('x')
