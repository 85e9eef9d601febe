items = [1, 2, 3]
first = items[0]
last = items[-1]
