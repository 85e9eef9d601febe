try:
    pass
except Exception as _error:
    pass
