value = 'x'
print(rf'\d{value}')
print(fR'{value}\n')
