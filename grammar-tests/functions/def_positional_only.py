def pair(a, b, /, c):
    return a, b, c
