# CPython 3.11 compiles this: no compile-step error expected.
def counter():
    total = 0

    def add(value):
        nonlocal total
        total = total + value
        return total

    return add
