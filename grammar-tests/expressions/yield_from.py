def numbers():
    yield from [1, 2, 3]
