def make(n):
    data = [n] * 50000
    return lambda: len(data)

def make_bound(n):
    return ([n] * 50000).count

def main(event):
    total = 0
    for i in range(300):
        total += make(i)()
        total += make_bound(i)(i)
    return [total, len(str(total))]
