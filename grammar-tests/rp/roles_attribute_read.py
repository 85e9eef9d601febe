def f(obj):
    return obj.edit__roles__
