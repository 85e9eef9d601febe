def main(event):
    d = {}
    d.x = 1
