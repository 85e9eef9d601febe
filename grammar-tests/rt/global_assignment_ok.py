def remember(value):
    global CACHE
    CACHE = value


def get_approvers(event):
    remember(3)
    return CACHE
