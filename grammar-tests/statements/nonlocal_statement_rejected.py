def outer():
    value = 0

    def inner():
        nonlocal value
        value = value + 1

    inner()
    return value
