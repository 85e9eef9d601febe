grid = {(0, 1): 'x'}
print(grid[0, 1])
