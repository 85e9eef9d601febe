def f():
    class Inner:
        pass
    global __metaclass__
    return Inner
