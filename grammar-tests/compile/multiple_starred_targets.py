# CPython 3.11 compile step: multiple starred expressions in assignment
*head, *tail = [1, 2, 3]
