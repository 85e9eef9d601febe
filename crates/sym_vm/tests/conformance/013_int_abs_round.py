def main(event):
    print(abs(-5), abs(3.5), round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))
