def main(event):
    n = 0
    i = 0
    while i < 100000:
        n += i % 7
        i += 1
    return n
