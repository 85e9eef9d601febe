def f(*_args):
    return 1
