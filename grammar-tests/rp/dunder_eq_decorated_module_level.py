def deco(f):
    return f

@deco
def __eq__(a, b):
    return True
