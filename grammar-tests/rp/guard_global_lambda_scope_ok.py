def f(items):
    check = lambda: items.count
    global _getattr_
    return check
