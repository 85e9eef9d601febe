def f(ctx):
    with ctx as _handle:
        return 1
