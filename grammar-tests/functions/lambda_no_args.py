make = lambda: {'ok': True}
print(make())
