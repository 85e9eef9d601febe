def main(event):
    x = 9223372036854775807
    print(x + 1, x * 2, -x - 2)
    return x + 1 - 1
