def f(limit=_max):
    return limit
