def f(*a, **k):
    return a, k

f(1, *[2, 3], x=1, **{'y': 2})
