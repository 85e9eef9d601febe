def outer():
    def __repr__():
        return 'x'
    return __repr__
