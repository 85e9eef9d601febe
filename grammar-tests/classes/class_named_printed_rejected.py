class printed:
    pass
