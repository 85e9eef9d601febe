data = {'a': 1, 'b': 2}
inverted = {v: k for k, v in data.items()}
