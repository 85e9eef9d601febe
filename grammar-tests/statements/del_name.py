temporary = 1
del temporary
