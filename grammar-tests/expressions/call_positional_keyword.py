print('a', 'b', sep=', ', end='\n')
