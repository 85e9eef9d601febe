def main(event):
    x = 5
    return f'{x=} {x + 1=}'
