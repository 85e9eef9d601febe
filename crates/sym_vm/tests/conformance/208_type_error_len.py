def main(event):
    return len(5)
