class Box:
    pass

box = Box()
box.size = 3
