del print[0]
