def main(event):
    return [1, 2].index(7)
