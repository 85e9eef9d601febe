def f(a, b=2, c=3):
    return [a, b, c]

def g(x, y):
    return x - y

def main(event):
    out = [f(1), f(1, 5), f(1, c=9), f(c=7, a=0), f(1, 2, 3), g(y=1, x=10), f(b=4, a=1)]
    for call in [lambda: f(), lambda: f(1, a=2), lambda: f(1, d=2), lambda: f(1, 2, 3, 4), lambda: g(1), lambda: g(x=1, x2=2), lambda: g(1, x=2)]:
        try:
            call()
        except TypeError as e:
            out.append(str(e))
    return out
