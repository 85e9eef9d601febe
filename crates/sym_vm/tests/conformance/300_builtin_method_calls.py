def main(event):
    d = {}
    l = []
    for w in 'a b a c b a'.split():
        d[w] = d.get(w, 0) + 1
        l.append(w.upper())
    out = [d, l, 'x,y'.split(','), (1, 2, 1).count(1)]
    try:
        l.clear()
        l.pop()
    except IndexError as e:
        out.append(str(e))
    try:
        '{}'.format(1)
    except NotImplementedError:
        out.append('format refused')
    return out
