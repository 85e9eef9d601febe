def get_approvers(event):
    return f"{event.name} wants access", "%s asked" % event.name
