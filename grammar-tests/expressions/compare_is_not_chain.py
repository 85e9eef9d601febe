a = None
b = 1
print(a is not b is not None)
