def f(event):
    return event._fields
