def main(event):
    e = KeyError('x')
    return [isinstance(e, LookupError), isinstance(e, Exception), isinstance(e, ValueError), issubclass(KeyError, LookupError), issubclass(ValueError, KeyError)]
