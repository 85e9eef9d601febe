def get_approvers(event):
    return "{} wants access".format(event.name)
