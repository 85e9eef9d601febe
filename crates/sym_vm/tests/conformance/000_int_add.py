def main(event):
    print(1 + 2, 7 - 10, 6 * 7)
    return 3 + 4
