def main(event):
    x = 0
    return 5 % x
