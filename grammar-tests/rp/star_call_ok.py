def f(*a, **k):
    return 1
args = [1]
named = {'x': 1}
f(*args, **named)
f(0, *args, 1, **named)
