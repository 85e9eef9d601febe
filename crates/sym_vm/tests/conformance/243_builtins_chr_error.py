def main(event):
    return chr(-1)
