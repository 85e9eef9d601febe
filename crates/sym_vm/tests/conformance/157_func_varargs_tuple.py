def main(event):
    def f(*a):
        return a
    return [f(), f(1), f(1, 2)]
