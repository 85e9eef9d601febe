def main(event):
    return len(range(0, 5000, 5))
