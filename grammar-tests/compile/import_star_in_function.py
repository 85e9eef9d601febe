# CPython 3.11 compile step: import * only allowed at module level
def setup():
    from json import *
    return loads('1')
