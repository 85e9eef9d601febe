print('a', ｓep='-')
