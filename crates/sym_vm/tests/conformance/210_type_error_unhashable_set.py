def main(event):
    s = set()
