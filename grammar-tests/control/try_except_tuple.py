try:
    pass
except (KeyError, ValueError) as error:
    print(error)
