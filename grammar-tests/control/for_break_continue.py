for n in range(10):
    if n % 2:
        continue
    if n > 6:
        break
    print(n)
