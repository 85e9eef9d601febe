def main(event):
    a = [1, [2]]
    b = a.copy()
    b[1].append(3)
    a.clear()
    return [a, b]
