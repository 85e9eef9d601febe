class A(_Base):
    pass
