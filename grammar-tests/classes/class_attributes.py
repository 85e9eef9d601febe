class Limits:
    MAX = 3
    NAMES = ['a', 'b']
