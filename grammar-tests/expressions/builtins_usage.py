values = [3, 1, 2]
print(len(values), str(1), int('2'), float('1.5'), bool(0), abs(-1), round(1.5))
print(isinstance(values, list), repr(values), list(values), tuple(values))
