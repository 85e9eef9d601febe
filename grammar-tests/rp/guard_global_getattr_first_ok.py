def f(obj):
    global _getattr_
    return obj.field
