def main(event):
    d = {'x': 1, 'y': 2}
    out = []
    for k, v in d.items():
        out.append(k + str(v))
    return out
