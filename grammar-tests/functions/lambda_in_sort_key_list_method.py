items = [3, 1, 2]
items.sort(key=lambda n: -n)
