# CPython 3.11 compile step: can't use starred expression here
items = [1, 2]
copy = *items
