def main(event):
    return '%d %d' % (1,)
