items = {}
print(items[*range(2)])
