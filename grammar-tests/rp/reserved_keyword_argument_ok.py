options = dict(print=1, builtins=2, breakpoint=3)
