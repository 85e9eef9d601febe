try:
    int('x')
except ValueError:
    raise KeyError('k') from None
