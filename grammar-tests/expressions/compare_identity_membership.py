value = None
items = [1]
checks = [value is None, value is not None, 1 in items, 2 not in items]
