def main(event):
    try:
        raise TypeError('t')
    except ValueError:
        print('no')
