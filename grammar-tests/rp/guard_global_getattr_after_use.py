def f(obj):
    value = obj.field
    global _getattr_
    return value
