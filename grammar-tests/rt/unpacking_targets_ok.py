def get_approvers(event):
    first, *rest = ["a", "b", "c"]
    for index, (left, right) in [(0, ("x", "y"))]:
        pass
    return first, rest, index, left, right
