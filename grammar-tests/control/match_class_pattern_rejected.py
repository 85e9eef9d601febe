point = (1, 2)
match point:
    case (x, y) if x > y:
        print(x)
    case [1, *rest]:
        print(rest)
    case {'k': v}:
        print(v)
