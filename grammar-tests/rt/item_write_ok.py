def get_approvers(event):
    settings = {}
    settings["channel"] = "#access"
    names = ["a"]
    names[0] = "b"
    del settings["channel"]
    return settings, names
