def f(ctx):
    with ctx as (a, b), ctx as c:
        return a
