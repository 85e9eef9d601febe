def main(event):
    l = [1, 2, 3, 4, 5]
    return [l[-2:], l[:-2], l[-4:-1], l[::-2]]
