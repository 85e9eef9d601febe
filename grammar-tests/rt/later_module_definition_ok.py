def get_approvers(event):
    return helper() + SUFFIX


def helper():
    return "#access"


SUFFIX = "-prod"
