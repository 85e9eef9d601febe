class C:
    def __init__(self):
        self.x: int = 1
