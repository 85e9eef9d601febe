def f(obj):
    obj._cache = 1
