# CPython 3.11 compile step: assignment expression cannot rebind comprehension iteration variable 'name'
names = ['a']
found = [name := 'x' for name in names]
