def main(event):
    class K:
        def m(self, a, b=2):
            return a + b
    k = K()
    f = k.m
    return [k.m(1), k.m(1, b=5), f(10)]
