def main(event):
    a = [1, 2]
    b = a + [3]
    c = a * 2
    a += [9]
    print(a, b, c, [1, 2] == [1, 2], [1, 2] < [1, 3], 2 in a)
