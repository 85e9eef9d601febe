def main(event):
    x = 10 ** 5000
    return str(x)
