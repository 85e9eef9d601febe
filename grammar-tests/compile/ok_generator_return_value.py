# CPython 3.11 compiles this: no compile-step error expected.
def numbers():
    yield 1
    return 2
