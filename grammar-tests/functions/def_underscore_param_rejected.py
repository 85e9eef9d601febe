def handler(_event):
    return None
