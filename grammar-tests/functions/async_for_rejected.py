async def handler(items):
    async for item in items:
        print(item)
