def main(event):
    s = {1, 2}
    return [s, 'x']
