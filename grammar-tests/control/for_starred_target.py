for first, *rest in [[1, 2, 3]]:
    print(first, rest)
