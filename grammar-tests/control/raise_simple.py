raise ValueError('bad input')
