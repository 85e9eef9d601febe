def main(event):
    for f in [lambda: [1] * 'a', lambda: 'a' * 'b', lambda: 1.5 * [1], lambda: (1,) * None]:
        try:
            f()
        except TypeError as e:
            print(e)
