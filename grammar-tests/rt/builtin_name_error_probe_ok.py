try:
    ORDER = sorted
except NameError:
    ORDER = None


def get_approvers(event):
    return ORDER
