# CPython 3.11 compiles this: no compile-step error expected.
count = 0


def bump():
    global count
    count = count + 1
    return count
