async def f(lock):
    async with lock:
        pass
