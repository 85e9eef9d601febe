def get_approvers(event):
    try:
        raise ValueError("boom")
    except ValueError as error:
        print("failed")
    return str(error)
