def f(obj):
    obj.f_globals = {}
