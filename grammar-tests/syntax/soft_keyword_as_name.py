match = 1
case = 2
type = 3
print(match, case, type)
