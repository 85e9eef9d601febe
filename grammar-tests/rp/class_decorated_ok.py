def register(cls):
    return cls

@register
class Handler:
    kind = 'x'
