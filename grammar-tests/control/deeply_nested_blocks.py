def f(items):
    for a in items:
        if a:
            while a:
                try:
                    with open_thing() as t:
                        a = a - 1
                except Exception:
                    break
    return items
