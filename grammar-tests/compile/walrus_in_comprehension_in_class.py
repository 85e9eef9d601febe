# CPython 3.11 compile step: assignment expression within a comprehension cannot be used in a class body
class Table:
    rows = [(last := row) for row in [1, 2]]
