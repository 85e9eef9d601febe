def remember():
    global CACHE
    return CACHE


def get_approvers(event):
    return remember()
