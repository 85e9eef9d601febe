def main(event):
    x = None
    return x.upper()
