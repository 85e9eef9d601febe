def main(event):
    def f(a):
        return a
    return f(1, z=2)
