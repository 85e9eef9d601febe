class _Base:
    pass
