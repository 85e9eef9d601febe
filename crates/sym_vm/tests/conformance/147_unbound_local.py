x = 5

def main(event):
    def f():
        print(x)
        x = 1
    f()
