config = {
    'channels': ['#a', '#b'],
    'limits': {'max': 3, 'min': (0, 1)},
    'flags': {True, False},
}
