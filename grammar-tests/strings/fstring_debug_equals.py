count = 3
print(f'{count=}')
print(f'{count = :>4}')
