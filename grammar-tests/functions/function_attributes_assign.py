def handler(event):
    return None

handler.label = 'x'
