def get_approvers(event):
    return [i for i in range(1000, 0, -1)]
