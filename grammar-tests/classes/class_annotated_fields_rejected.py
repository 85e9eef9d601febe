class Settings:
    channel: str = '#ops'
