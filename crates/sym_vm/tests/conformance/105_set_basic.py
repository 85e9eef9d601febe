def main(event):
    s = {3}
    s.add(3)
    print(s, len(s), 3 in s, 4 in s)
    return s
