def get_approvers(event):
    names = map(str, [1, 2])
    return [name for name in filter(None, names)]
