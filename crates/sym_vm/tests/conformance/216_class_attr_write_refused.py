def main(event):
    class P:
        pass
    p = P()
    p.x = 1
