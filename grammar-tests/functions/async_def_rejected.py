async def handler(event):
    return None
