kwargs = {'sep': '-'}
print('a', 'b', **kwargs)
