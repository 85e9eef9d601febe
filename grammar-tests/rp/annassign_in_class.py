class Config:
    name: str = 'x'
