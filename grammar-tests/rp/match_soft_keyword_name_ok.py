match = 1
case = match + 1
