def main(event):
    l = [1, 2, 3]
    l.reverse()
    return l
