def main(event):
    x = 10 ** 50
    print(len(str(x)), x % 97)
