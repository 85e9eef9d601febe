x = 1
assert (x, 'always true')
