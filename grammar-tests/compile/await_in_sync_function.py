# CPython 3.11 compile step: 'await' outside async function
def load(client):
    return await client.get()
