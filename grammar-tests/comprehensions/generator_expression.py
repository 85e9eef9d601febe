total = 0
for value in (n * 2 for n in range(3)):
    total = total + value
