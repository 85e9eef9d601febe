def f(items):
    total = [i for i in items]
    global _getiter_
    return total
