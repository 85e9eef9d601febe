def gen():
    yield 1
    yield from [2, 3]
    x = yield
