def deco(arg):
    def wrap(f):
        return f
    return wrap

@deco('x')
def handler(event):
    return event
