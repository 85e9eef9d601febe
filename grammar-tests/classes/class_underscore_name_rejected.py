class _Hidden:
    pass
