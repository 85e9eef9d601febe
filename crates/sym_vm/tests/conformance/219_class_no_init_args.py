def main(event):
    class C:
        pass
    return C(1)
