def collect(*args, **kwargs):
    return args, kwargs
