async def f(items):
    return [i async for i in items]
