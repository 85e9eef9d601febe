class Tools:
    @staticmethod
    def double(x):
        return x * 2

    @classmethod
    def make(cls):
        return cls()
