try:
    x = 1
except ValueError as _err:
    x = 2
