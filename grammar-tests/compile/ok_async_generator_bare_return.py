# CPython 3.11 compiles this: no compile-step error expected.
async def stream(rows):
    for row in rows:
        yield row
    return
