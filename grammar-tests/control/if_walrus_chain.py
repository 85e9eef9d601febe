data = {'a': {'b': 1}}
if (inner := data.get('a')) and (value := inner.get('b')):
    print(value)
