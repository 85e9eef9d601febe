class A:
    def __init__(self):
        pass
x = A.__init__
