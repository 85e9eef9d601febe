@_register
def f():
    return 1
