value = 1
name = 'unfinished
other = 2
