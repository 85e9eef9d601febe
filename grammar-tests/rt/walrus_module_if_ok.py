if (channel := "#access") != "":
    CHOSEN = channel


def get_approvers(event):
    return CHOSEN, channel
