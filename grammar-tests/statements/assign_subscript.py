config = {}
config['channel'] = '#ops'
items = [0, 0]
items[1] = 5
