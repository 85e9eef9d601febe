value = eval('1 + 1')
