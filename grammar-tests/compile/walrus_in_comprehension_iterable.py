# CPython 3.11 compile step: assignment expression cannot be used in a comprehension iterable expression
rows = [row for row in (data := [1, 2])]
