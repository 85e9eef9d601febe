def main(event):
    return int(None)
