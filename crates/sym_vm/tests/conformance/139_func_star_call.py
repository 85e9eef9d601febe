def main(event):
    def f(a, b, c):
        return a + b + c
    args = [1, 2]
    kw = {'c': 3}
    print(f(*args, **kw), f(*[1, 2, 3]), f(1, *[2], c=4))
