limit: int
