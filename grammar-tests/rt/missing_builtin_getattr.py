def get_approvers(event):
    return getattr(event, "name")
