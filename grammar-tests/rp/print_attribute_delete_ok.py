del print.x
