def get_approvers(event):
    try:
        raise ValueError("boom")
    except ValueError as error:
        message = str(error)
    return message
