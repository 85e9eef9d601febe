def main(event):
    def outer(x):
        def middle(y):
            def inner(z):
                return x + y + z
            return inner
        return middle
    return outer(1)(2)(3)
