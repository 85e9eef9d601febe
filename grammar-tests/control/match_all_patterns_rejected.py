def describe(value):
    match value:
        case 0 | 1:
            return "bit"
        case None:
            return "none"
        case [first, *rest]:
            return "sequence"
        case {"kind": kind, **others}:
            return "mapping"
        case str() as text:
            return "string"
        case (1, 2) if value:
            return "pair"
        case _:
            return "other"
