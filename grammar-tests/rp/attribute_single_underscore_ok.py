def f(obj):
    return obj._
