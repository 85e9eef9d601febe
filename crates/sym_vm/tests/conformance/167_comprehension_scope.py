def main(event):
    x = 'outer'
    l = [x for x in range(3)]
    return [x, l]
