def main(event):
    l = [0, 1, 2, 3, 4, 5]
    del l[0]
    del l[-1]
    del l[1:3]
    return l
