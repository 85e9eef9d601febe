def main(event):
    l = []
    return l.pop()
