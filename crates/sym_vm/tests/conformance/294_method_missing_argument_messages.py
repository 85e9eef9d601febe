def main(event):
    calls = [lambda: {}.get(), lambda: 'a'.join(), lambda: 'a'.replace('a'), lambda: [].append(), lambda: [].remove(), lambda: [].count(),
             lambda: ().count(), lambda: [].index(), lambda: [].extend(), lambda: 'a'.find(), lambda: 'a'.count(), lambda: 'a'.startswith(),
             lambda: 'a'.partition(), lambda: 'a'.zfill(), lambda: 'a'.center(), lambda: 'a'.removeprefix(), lambda: {}.pop(), lambda: [].insert(1)]
    out = []
    for c in calls:
        try:
            c()
        except TypeError as e:
            out.append(str(e))
    return out
