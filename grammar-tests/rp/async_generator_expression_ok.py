pending = (item async for item in source)
