def main(event):
    l = [1, 'a', 2]
    l.sort()
    return l
