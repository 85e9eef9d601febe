def main(event):
    x = 'abc'
    return f'{x:d}'
