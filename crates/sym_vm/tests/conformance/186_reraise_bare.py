def main(event):
    try:
        try:
            raise KeyError('k')
        except KeyError:
            print('inner')
            raise
    except KeyError as e:
        print('outer', e)
        raise
