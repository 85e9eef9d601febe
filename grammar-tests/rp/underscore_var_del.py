cache = 1
del _cache
