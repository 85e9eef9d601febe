data = {'a': 1, 'b': 2}
for key in list(data.keys()):
    del data[key]
