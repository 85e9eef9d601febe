def main(event):
    def add(a, b):
        return a + b
    t = 0
    for i in range(500):
        t = add(t, i)
    return t
