def main(event):
    pairs = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
    pairs.sort(key=lambda p: p[1])
    return pairs
