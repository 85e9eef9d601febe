async def fetch():
    await other()
