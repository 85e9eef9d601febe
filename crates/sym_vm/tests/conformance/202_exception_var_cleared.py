def main(event):
    try:
        raise ValueError('x')
    except ValueError as e:
        pass
    return e
