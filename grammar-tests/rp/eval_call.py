limit = eval('3')
