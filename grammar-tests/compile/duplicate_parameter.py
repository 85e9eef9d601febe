# CPython 3.11 compile step: duplicate argument 'event' in function definition
def get_approvers(event, event):
    return []
