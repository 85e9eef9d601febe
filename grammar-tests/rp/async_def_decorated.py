def deco(f):
    return f

@deco
async def handler(event):
    return []
