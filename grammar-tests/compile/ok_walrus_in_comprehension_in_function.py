# CPython 3.11 compiles this: no compile-step error expected.
def last_match(items):
    found = [last := item for item in items if item]
    return found, last
