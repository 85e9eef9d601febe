name: str
