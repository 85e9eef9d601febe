def get_approvers(event):
    found = []
    for next in ["#a", "#b"]:
        found.append(next)
    return found
