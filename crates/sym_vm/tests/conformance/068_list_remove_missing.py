def main(event):
    l = [1]
    l.remove(5)
