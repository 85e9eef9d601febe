def main(event):
    return range(2.5)
