data = {'a': 1, 'b': 2}
del data['a']
items = [1, 2, 3]
del items[0:1]
