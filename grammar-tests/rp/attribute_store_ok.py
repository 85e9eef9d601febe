class Box:
    pass
box = Box()
box.value = 1
del box.value
