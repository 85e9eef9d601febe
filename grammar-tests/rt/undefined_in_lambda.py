def get_approvers(event):
    label = lambda user: prefix + user
    return label("a")
