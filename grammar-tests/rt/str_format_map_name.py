TEMPLATE = "{name} wants access"


def get_approvers(event):
    return TEMPLATE.format_map({"name": event.name})
