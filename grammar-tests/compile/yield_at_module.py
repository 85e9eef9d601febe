# CPython 3.11 compile step: 'yield' outside function
items = [1, 2]
yield items
