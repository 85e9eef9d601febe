class Holder:
    pass

holder = Holder()
for holder.value in [1, 2]:
    pass
