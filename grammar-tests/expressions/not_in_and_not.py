names = ['a']
print(not 'b' in names, 'b' not in names)
