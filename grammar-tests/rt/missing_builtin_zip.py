def get_approvers(event):
    pairs = zip(["a", "b"], [1, 2])
    return [pair for pair in pairs]
