class Base:
    pass

class Thing(Base, flag=True):
    pass
