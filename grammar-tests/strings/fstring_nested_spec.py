width = 8
value = 3.5
print(f'{value:{width}.2f}')
