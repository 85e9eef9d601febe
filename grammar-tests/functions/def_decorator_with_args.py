def tagged(label):
    def wrap(fn):
        return fn
    return wrap

@tagged('x')
def handler(event):
    return event
