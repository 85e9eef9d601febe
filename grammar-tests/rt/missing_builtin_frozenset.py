ADMINS = frozenset(["a@example.com"])


def get_approvers(event):
    return event.user.email in ADMINS
