a = True and False or None
b = (1 or 2) and (3 or 4)
