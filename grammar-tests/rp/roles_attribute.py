def f(obj):
    obj.view__roles__ = ()
