current = __name__
