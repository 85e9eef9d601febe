items = [1]
print(items[i := 0])
