def f(obj):
    del obj._cache
