def main(event):
    a, b = [1, 2, 3]
