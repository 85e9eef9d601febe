class Holder:
    pass

holder = Holder()
holder.value = 1
del holder.value
