def main(event):
    out = []
    for i, (a, b) in [(0, 'xy'), (1, 'zw')]:
        out.append(f'{i}{a}{b}')
    return out
