def main(event):
    def f(a, b=2, *args, c=3, **kw):
        return [a, b, args, c, kw]
    print(f(1))
    print(f(1, 5, 6, 7, c=8, d=9))
    return f(b=1, a=0)
