def get_approvers(event):
    with open("approvers.txt") as handle:
        return handle.read()
