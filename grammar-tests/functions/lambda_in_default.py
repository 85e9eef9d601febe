def apply(fn=lambda x: x):
    return fn(1)
