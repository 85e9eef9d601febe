def broken(:
    pass


def fine(event):
    return event.payload
