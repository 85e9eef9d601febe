class C:
    pass

c = C()
print(c._private)
