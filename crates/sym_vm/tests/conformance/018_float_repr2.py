def main(event):
    print(2.0, 100.0, 1e22, 1.0e-10, 3.14159, 2.5e300, 1e-320)
    return [1.5, 2.25, 1e100]
