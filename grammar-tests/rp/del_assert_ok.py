x = [1, 2]
del x[0]
assert len(x) == 1, 'one left'
del x
