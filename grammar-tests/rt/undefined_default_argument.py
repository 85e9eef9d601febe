def get_approvers(event, limit=MAX_APPROVERS):
    return limit
