def get_approvers(event):
    approvers = list()
    approvers.append("a")
    return approvers
