def main(event):
    l = [1]
    l[3] = 1
