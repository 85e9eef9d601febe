def get_approvers(event):
    if hasattr(event, "user"):
        return event.user.email
    return None
