def f(_a, /, b):
    return b
