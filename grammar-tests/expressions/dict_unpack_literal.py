base = {'a': 1}
merged = {**base, 'b': 2}
