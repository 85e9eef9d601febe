def main(event):
    name = 'Ann'
    n = 3
    return f'{name} has {n} items, {n * 2} doubled'
