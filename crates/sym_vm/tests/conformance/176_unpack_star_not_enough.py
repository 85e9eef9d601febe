def main(event):
    a, *b, c = [1]
