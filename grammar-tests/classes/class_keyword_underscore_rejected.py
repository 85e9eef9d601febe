class A(x=_y):
    pass
