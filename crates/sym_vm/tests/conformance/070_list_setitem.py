def main(event):
    l = [0, 0, 0]
    l[1] = 5
    l[-1] = 7
    l[0:1] = [1, 2, 3]
    return l
