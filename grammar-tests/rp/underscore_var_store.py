_cache = {}
