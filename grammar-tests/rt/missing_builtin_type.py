def get_approvers(event):
    if type(event.name) == str:
        return event.name
    return None
