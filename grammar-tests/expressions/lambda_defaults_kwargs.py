f = lambda a, b=2, *args, c, **kw: (a, b, args, c, kw)
