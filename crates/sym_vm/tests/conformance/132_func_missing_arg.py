def main(event):
    def f(a, b):
        return a
    return f(1)
