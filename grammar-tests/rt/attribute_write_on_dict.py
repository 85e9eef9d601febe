def get_approvers(event):
    settings = {}
    settings.channel = "#access"
    return settings
