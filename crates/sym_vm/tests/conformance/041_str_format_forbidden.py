def main(event):
    return 'x {}'.format(1)
