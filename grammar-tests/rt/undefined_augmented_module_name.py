counter += 1


def get_approvers(event):
    return counter
