name = 'x'
print(f'{ｎame}')
