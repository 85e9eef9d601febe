def main(event):
    i = 0
    total = 0
    while i < 100:
        total += i
        i += 1
    return total
