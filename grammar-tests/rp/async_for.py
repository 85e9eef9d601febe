async def f(items):
    async for item in items:
        pass
