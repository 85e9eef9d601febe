pairs = [(k, v) for k, v in {'a': 1}.items() if v]
keys = {k for k in 'ab'}
inv = {v: k for k, v in {'a': 1}.items()}
gen = (x for x in range(3))
nested = [y for x in [[1]] for y in x]
