def main(event):
    a, b, c = 'xyz'
    return c + b + a
