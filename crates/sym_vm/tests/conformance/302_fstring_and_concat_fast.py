def main(event):
    n = -12
    s = 'é'
    big = 10 ** 20
    out = [f'{n}', f'{s}{n}:{True}', f'{big}', len(f'{s}{s}x'), 'a' + s + str(n), len('ü' + 'x'), str(0), str(-0)]
    acc = ''
    for k in range(5):
        acc += s + str(k)
    out.append([acc, len(acc)])
    return out
