def main(event):
    return type(1)
