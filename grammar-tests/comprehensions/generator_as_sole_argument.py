print(list(n for n in range(3)))
