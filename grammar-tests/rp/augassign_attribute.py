class C:
    pass
c = C()
c.count = 0
c.count += 1
