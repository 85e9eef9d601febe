def get_approvers(event):
    return [step for step in reversed([1, 2, 3])]
