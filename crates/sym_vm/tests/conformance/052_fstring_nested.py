def main(event):
    w = 8
    p = 2
    x = 3.14159
    return f'[{x:{w}.{p}f}]'
