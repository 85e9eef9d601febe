value = 'abc'
print(value.__class__)
