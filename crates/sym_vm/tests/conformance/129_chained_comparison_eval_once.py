def main(event):
    def f(x):
        print('eval', x)
        return x
    return 1 < f(2) < 3
