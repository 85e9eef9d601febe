first, *rest = [1, 2, 3]
(a, (b, c)), d = (1, (2, 3)), 4
for x, (y, *z) in [(1, (2, 3))]:
    pass
