# CPython 3.11 compile step: 'return' outside function
class Settings:
    limit = 3
    return limit
