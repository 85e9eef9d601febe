# CPython 3.11 compile step: 'yield' inside list comprehension
def pairs(items):
    return [(yield item) for item in items]
