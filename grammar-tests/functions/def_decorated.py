def trace(fn):
    return fn

@trace
def handler(event):
    return event
