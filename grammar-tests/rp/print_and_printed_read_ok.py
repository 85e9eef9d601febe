print('hello')
print('a', 'b', sep='-')
output = printed
