print(n for n in range(3), 1)
