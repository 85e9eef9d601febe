value = 'x'
print(f'{value!r} {value!s} {value!a}')
