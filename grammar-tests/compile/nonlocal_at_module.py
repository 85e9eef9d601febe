# CPython 3.11 compile step: name 'count' is assigned to before nonlocal declaration
count = 0
nonlocal count
