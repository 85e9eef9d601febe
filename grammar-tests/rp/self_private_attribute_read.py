class Counter:
    def __init__(self):
        self.count = 0
    def get(self):
        return self._count
