def f(name):
    match name:
        case 'prod':
            return 1
        case _:
            return 0
