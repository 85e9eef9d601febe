def f():
    print('x')
    class Inner:
        global _print
    return Inner
