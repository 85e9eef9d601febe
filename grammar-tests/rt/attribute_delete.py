class Box:
    pass


def get_approvers(event):
    box = Box()
    del box.item
