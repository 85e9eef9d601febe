def three(s, l, d):
    l.append(s)
    return [s, l, d['k']]

def keyed(head, tail=None, mid='m'):
    return [head, mid, tail]

def defaulted(x, bag=['first']):
    return bag + [x] if x != 'e' else bag

def main(event):
    out = []
    for i in range(3):
        out.append(three('a' + str(i), [i], {'k': i}))
        out.append(keyed('p' + str(i), tail=('t', i)))
        out.append(keyed(head=['h'], tail='x' + str(i)))
        out.append(defaulted('d' + str(i)))
    shared = defaulted('e')
    shared.append('changed')
    out.append(defaulted('f'))
    return out
