def main(event):
    x = 1
