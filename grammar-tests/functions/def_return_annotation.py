def handler(event) -> bool:
    return True
