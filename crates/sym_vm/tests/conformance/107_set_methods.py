def main(event):
    s = {1, 2}
    s.discard(5)
    s.remove(1)
    print(s)
    s.update([7])
    print(len(s), 7 in s)
    return s.union({9})
