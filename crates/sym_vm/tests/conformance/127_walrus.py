def main(event):
    data = [1, 5, 12, 3]
    if (n := len(data)) > 3:
        print('long', n)
    big = [y for x in data if (y := x * 2) > 5]
    print(big, y)
    return n
