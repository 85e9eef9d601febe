def main(event):
    x = 5
    print(1 < x < 10, 1 < x > 10, 1 == 1.0, 3 > 2 >= 2)
