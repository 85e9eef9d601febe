def main(event):
    total = 0
    for i in range(10):
        if i % 2 == 0:
            total += i * 3
    return total
