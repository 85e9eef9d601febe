async def get_approvers(event):
    return []
