class Base:
    def kind(self):
        return 'base'

class Child(Base):
    def kind(self):
        return 'child'
