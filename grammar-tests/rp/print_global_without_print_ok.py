def f():
    global _print
    return 1
