# CPython 3.11 compile step: no binding for nonlocal 'total' found
def outer():
    def inner():
        nonlocal total
        total = 1
    return inner
