def main(event):
    s = slice(1, 3)
    l = [0, 1, 2, 3]
    return [l[s], s.start, s.stop, s.step]
