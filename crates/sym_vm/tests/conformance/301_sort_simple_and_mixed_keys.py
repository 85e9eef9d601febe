def main(event):
    people = [('bo', 3), ('al', 1), ('cy', 3), ('di', 2), ('al', 0)]
    cases = [(people, None, False), (people, lambda p: p[1], False), (people, lambda p: p[1], True),
             (['b', 'a', 'B', 'é', 'e'], None, False), ([3, -1, 2], None, True),
             ([(1, 'b'), (1, 'a'), (0, 'z')], None, False), ([True, 0, 2, False], None, False),
             ([(1,), (1, 0), ()], None, False), ([1, 'a', 2], None, False), ([(1, 'a'), (1, 2)], None, False)]
    out = []
    for items, key, reverse in cases:
        copy = list(items)
        try:
            copy.sort(key=key, reverse=reverse)
            out.append(copy)
        except TypeError as e:
            out.append(str(e))
    return out
