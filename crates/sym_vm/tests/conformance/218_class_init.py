def main(event):
    class C:
        def __init__(self, x):
            print('init', x)
    c = C(5)
    return isinstance(c, C)
