try:
    value = int('x')
except ValueError:
    value = 0
