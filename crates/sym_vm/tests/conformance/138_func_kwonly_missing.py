def main(event):
    def f(*, k):
        return k
    return f()
