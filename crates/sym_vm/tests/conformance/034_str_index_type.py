def main(event):
    s = 'abc'
    return s['x']
