def main(event):
    l = [1]
    l.append(l)
    print(l)
