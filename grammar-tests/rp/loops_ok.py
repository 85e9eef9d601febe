i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    break
else:
    i = 0
for j in range(2):
    pass
else:
    j = 0
