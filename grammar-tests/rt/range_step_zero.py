def get_approvers(event):
    return [i for i in range(0, 10, 0)]
