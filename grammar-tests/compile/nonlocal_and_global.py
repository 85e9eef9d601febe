# CPython 3.11 compile step: name 'total' is nonlocal and global
def outer():
    total = 0

    def inner():
        global total
        nonlocal total

    return inner
