items = list(range(10))
a = items[1:5]
b = items[::2]
c = items[::-1]
d = items[1:8:3]
