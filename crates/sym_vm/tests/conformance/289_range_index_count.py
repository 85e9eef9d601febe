def main(event):
    r = range(2, 20, 3)
    print(r.index(8), r.count(8), r.count(9), range(10, 0, -2).index(4))
    try:
        r.index(9)
    except ValueError as e:
        print(e)
    return r.count(True)
