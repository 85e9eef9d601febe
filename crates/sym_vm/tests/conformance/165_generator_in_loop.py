def main(event):
    def countdown(n):
        while n > 0:
            yield n
            n -= 1
    out = []
    for x in countdown(4):
        out.append(x)
    return out
