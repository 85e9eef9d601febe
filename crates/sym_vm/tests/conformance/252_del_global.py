g = 1

def main(event):
    def f():
        global g
        del g
    f()
    return g
