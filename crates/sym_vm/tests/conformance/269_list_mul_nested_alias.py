def main(event):
    grid = [[0] * 2] * 2
    grid[0][0] = 1
    return grid
