def f(x: int, *rest: str, flag: bool = True, **named: dict) -> bool:
    return True
