def f():
    rest = [2]
    return 1, *rest
