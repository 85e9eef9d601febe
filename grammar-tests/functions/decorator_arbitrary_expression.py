handlers = {'x': lambda fn: fn}

@handlers['x']
def handler(event):
    return event
