def get_approvers(event):
    return tuple(f"{event.name}")
