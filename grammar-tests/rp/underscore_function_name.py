def _helper(event):
    return event
