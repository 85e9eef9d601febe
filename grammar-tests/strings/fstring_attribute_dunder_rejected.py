value = 1
print(f'{value.__class__}')
