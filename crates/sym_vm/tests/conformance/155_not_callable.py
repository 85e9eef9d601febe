def main(event):
    x = 5
    return x()
