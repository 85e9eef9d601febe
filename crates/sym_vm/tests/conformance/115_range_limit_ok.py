def main(event):
    r = range(999)
    return len(r)
