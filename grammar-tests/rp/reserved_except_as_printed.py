try:
    x = 1
except ValueError as printed:
    x = 2
