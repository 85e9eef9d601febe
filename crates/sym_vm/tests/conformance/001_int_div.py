def main(event):
    print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3)
    return 1 / 4
