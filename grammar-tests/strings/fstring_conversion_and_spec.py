name = 'ada'
print(f'{name!r:>10}|{name!s:^9}')
