try:
    raise KeyError('k')
except KeyError as error:
    print(error)
