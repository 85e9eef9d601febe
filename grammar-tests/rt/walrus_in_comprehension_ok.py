def get_approvers(event):
    doubled = [last for n in [1, 2, 3] if (last := n * 2)]
    return doubled, last
