def f():
    names: list = []
    return names
