class C:
    pass

c = C()
c.x: int = 1
