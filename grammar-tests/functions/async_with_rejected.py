async def handler(lock):
    async with lock:
        pass
