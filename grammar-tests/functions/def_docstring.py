def handler(event):
    """Returns nothing useful."""
    return None
