def main(event):
    a = 3 ** 80
    b = 7 ** 40
    print(a // b, a % b, a - b * 2, -a // 7, a & b, a | 1, a >> 10)
    return a > b
