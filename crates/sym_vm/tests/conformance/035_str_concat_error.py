def main(event):
    return 'a' + 1
