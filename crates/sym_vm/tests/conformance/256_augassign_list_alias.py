def main(event):
    a = [1]
    b = a
    a += [2]
    t = (1,)
    u = t
    t += (2,)
    return [b, u, t]
