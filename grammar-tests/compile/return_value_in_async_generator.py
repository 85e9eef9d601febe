# CPython 3.11 compile step: 'return' with value in async generator
async def stream(rows):
    for row in rows:
        yield row
    return len(rows)
