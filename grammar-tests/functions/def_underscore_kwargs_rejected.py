def handler(**_rest):
    return None
