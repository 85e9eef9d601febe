values = [1, 2, 3]
results = [y for x in values if (y := x * 2) > 2]
