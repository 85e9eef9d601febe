# CPython 3.11 compile step: 'yield' inside generator expression
def pairs(items):
    return list((yield item) for item in items)
