a = b = c = 0
print(a, b, c)
