def main(event):
    def f(a, b=1):
        return a
    return f(1, 2, 3)
