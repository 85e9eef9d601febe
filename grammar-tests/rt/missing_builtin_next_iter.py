def get_approvers(event):
    channels = iter(["#a", "#b"])
    return next(channels)
