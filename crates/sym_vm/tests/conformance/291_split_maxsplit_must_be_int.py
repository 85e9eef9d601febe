def main(event):
    try:
        'a b'.split(' ', 'x')
    except TypeError as e:
        return str(e)
