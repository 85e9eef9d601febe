names = builtins
