items = [3, 2, 1]
while (n := len(items)) > 1:
    items.pop()
