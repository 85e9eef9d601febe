def main(event):
    raise ValueError
