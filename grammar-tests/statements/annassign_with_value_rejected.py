retries: int = 3
