def main(event):
    print(1.0 == 1, 0.5 < 1, 2 ** 64 > 1e19, 10 ** 20 == 1e20)
