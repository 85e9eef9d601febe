a = True
b = False
c = None
