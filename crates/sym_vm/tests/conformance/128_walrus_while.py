def main(event):
    items = [1, 2, 3]
    out = []
    while (x := items.pop() if items else None) is not None:
        out.append(x)
    return out
