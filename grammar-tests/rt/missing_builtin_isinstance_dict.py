def get_approvers(event):
    value = {"a": 1}
    return isinstance(value, dict)
