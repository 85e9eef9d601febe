for key, value in {'a': 1}.items():
    print(key, value)
