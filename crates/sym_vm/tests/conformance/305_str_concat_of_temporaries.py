counts = {}

def main(event):
    out = []
    word = 'key'
    for n in range(3):
        k = word + str(n)
        out.append(k)
        counts[k] = counts.get(k, 0) + 1
        counts[word + str(n)] = counts.get(word + str(n), 0) + 1
    out.append(word)
    s = str(7) + 'x' + 'y' + 'z'
    out.append(s)
    grown = str(0)
    for i in range(12):
        grown = grown + '-' + str(i) + 'é'
    out.append(grown)
    out.append(len(grown))
    long_tail = 'a' * 20 + str(12345)
    out.append(long_tail)
    out.append(len(long_tail))
    head = 'ü' + str(9) + 'ß' * 21 + 'z'
    out.append(head)
    out.append(len(head))
    out.append(head[22])
    shared = 'same'
    pair = [shared + str(1), shared + str(1)]
    out.append(pair[0] == pair[1])
    out.append(pair[0] is pair[1])
    seen = {str(5) + 'k': 1}
    out.append((str(5) + 'k') in seen)
    out.append(seen.get('5' + 'k'))
    out.append(list(counts.items()))
    out.append(shared)
    return out
