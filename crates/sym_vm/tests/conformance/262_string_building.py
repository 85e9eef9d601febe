def main(event):
    parts = []
    for i in range(20):
        parts.append(str(i))
    s = ''
    for p in parts:
        s += p
    return [len(s), s[:10]]
