def _helper():
    return 1
