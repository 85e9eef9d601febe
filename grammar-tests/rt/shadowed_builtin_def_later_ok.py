def get_approvers(event):
    return sorted([3, 1, 2])


def sorted(items):
    result = list(items)
    result.sort()
    return result
