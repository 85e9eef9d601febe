class Base:
    pass
class Child(Base, tag='x'):
    pass
