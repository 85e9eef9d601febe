def main(event):
    xs = [1, 2, 3, 2]
    print(xs.index(2, 2), xs.index(3, -2), xs.index(2, 0, 2))
    try:
        xs.index(1, 1)
    except ValueError as e:
        print(e)
    return xs.index(2, -1)
