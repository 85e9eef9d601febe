def main(event):
    def f():
        pass
    return f
