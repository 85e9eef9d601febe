builtins = {}
