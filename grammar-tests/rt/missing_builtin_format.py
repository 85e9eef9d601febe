def get_approvers(event):
    return format(3.14159, ".2f")
