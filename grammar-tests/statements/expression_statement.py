len([1, 2])
'docstring-like string'
42
