def main(event):
    d = {}
    d[[1]] = 2
