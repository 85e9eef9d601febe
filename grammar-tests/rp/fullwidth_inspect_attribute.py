def f(obj):
    return obj.ｆ_back
