def main(event):
    add = lambda a, b=10: a + b
    sq = lambda x: x * x
    return [add(1), add(1, 2), sq(7), (lambda: 'none')()]
