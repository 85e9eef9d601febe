def main(event):
    class P:
        pass
    p = P()
    return [p.nothing, 'abc'.nothing, [].whatever]
