def f(out=print):
    global _print
    return out
