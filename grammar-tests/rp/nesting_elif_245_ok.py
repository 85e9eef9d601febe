# An elif ladder is a chain of nested ifs in Python's tree.
if a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
elif a:
    pass
