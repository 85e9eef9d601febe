squares = [n * n for n in range(5)]
