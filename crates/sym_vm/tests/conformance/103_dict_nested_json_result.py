def main(event):
    return {'users': [{'name': 'a', 'tags': ('x', 'y')}, None], 'n': 1.5, 't': True}
