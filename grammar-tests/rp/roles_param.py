def f(edit__roles__):
    return 1
