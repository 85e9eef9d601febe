def main(event):
    r = range(10, 20, 2)
    print(r[1], r[-1], 14 in r, 15 in r, r[1:3])
