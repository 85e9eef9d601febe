def main(event):
    l = list(range(10))
    print(l[::2], l[::-1], l[-3:], l[2:-2], l[5:1:-1])
