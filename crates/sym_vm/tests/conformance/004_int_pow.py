def main(event):
    print(2 ** 10, 2 ** -1, (-2) ** 3, 10 ** 20)
    print(pow(3, 4), pow(3, 4, 5))
    return 3 ** 3
