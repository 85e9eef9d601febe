def main(event):
    return 1.5 / 0.0
