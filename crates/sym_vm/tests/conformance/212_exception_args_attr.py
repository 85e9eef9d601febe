def main(event):
    try:
        raise ValueError('m', 2)
    except ValueError as err:
        return list(err.args)
