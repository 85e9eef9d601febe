def make(n):
    def add(x, *rest, k=1, **kw):
        return x + n + k
    return add


def main(event):
    squares = [x * x for x in range(5) if x]
    return make(2)(3), squares, {k: v for k, v in zip_pairs()}


def zip_pairs():
    yield ("a", 1)
