counts = {'a': 0}
counts['a'] += 1
