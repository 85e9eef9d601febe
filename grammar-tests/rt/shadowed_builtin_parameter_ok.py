def pick(items, max=2):
    return items[:max]


def get_approvers(event):
    return pick(["a", "b", "c"])
