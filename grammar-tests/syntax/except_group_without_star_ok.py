try:
    pass
except ValueError or TypeError:
    pass
