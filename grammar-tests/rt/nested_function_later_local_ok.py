def get_approvers(event):
    def inner():
        return value
    value = 3
    return inner()
