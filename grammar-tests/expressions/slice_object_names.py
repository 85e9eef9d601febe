items = [1, 2, 3]
low, high = 0, 2
print(items[low:high], items[:high], items[low:])
