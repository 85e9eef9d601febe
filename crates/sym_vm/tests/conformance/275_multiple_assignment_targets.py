def main(event):
    a = b = c = [1]
    b.append(2)
    return [a, c, a is c]
