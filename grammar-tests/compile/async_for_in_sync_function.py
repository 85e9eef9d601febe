# CPython 3.11 compile step: 'async for' outside async function
def load(rows):
    async for row in rows:
        print(row)
