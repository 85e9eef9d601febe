def main(event):
    return range(1000)
