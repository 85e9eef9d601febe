def main(event):
    x = 2 ** 100
    print(x, x * x, -x)
    print(x // 3, x % 7)
    return str(x)
