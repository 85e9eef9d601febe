def main(event):
    s = {1}
    s.remove(1)
    print(s, frozenset())
