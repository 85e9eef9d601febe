def main(event):
    x = 1
    del x
    return x
