def main(event):
    class A:
        def who(self):
            return 'A'
        def hello(self):
            return 'hello from ' + self.who()
    class B(A):
        def who(self):
            return 'B'
    return [A().hello(), B().hello(), isinstance(B(), A), isinstance(A(), B), issubclass(B, A)]
