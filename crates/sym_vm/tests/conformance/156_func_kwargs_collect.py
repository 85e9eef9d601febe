def main(event):
    def f(**kw):
        return kw
    return f(b=2, a=1)
