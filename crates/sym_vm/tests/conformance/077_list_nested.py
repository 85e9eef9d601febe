def main(event):
    m = [[1, 2], [3, 4]]
    m[0][1] = 9
    return m
