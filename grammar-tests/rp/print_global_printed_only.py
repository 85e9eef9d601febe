def f():
    global _print
    return printed
