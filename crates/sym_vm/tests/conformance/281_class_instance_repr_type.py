def main(event):
    class Z:
        pass
    return Z()
