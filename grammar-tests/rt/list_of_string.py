def get_approvers(event):
    return list("abc")
