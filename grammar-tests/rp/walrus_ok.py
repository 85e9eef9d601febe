def f(items):
    if (n := len(items)) > 1:
        return n
    return [y for x in items if (y := x)]
