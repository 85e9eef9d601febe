# CPython 3.11 compile step: asynchronous comprehension outside of an asynchronous function
def load(rows):
    return [row async for row in rows]
