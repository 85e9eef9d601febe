def main(event):
    class Inner:
        pass
    print(repr(Inner)[:40])
    return repr(Inner()).split(' object')[0]
