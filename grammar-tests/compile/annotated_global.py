# CPython 3.11 compile step: annotated name 'limit' can't be global
def setup():
    global limit
    limit: int = 3
