class Base:
    def greet(self):
        return 'hi'

class Child(Base):
    def greet(self):
        return super().greet() + '!'
