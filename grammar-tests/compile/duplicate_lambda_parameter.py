# CPython 3.11 compile step: duplicate argument 'a' in function definition
pick = lambda a, a: a
