def main(event):
    return -'a'
