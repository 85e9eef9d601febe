def main(event):
    class P:
        pass
    setattr(P(), 'x', 1)
