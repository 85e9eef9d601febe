def main(event):
    def f(a, b, c):
        return a
    return f()
