def main(event):
    s = 'a,b,,c'
    print(s.split(','), s.split(',', 1), s.rsplit(',', 1), '-'.join(['x', 'y', 'z']))
