slots = [0]
for slots[0] in [1, 2]:
    pass
