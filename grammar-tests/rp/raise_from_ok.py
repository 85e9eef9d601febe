def f():
    try:
        return 1
    except KeyError as err:
        raise ValueError('bad') from err
