options = dict(_hidden=1, __roles__=2)
