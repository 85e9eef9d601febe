def main(event):
    print(10 ** 400 > 1e308, 10 ** 400 == float('inf'))
    for f in [lambda: float(10 ** 400), lambda: 10 ** 400 + 1.0, lambda: 2.5 * 10 ** 400]:
        try:
            print(f())
        except OverflowError as e:
            print(repr(e))
    return float(2 ** 70)
