def get_approvers(event):
    emails = [name + "@example.com" for name in ["a", "b"]]
    return emails, name
