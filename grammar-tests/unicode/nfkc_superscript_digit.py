x² = 4
print(x2)
