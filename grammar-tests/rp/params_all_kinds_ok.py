def f(a, /, b, *args, c=1, **kwargs):
    return a
