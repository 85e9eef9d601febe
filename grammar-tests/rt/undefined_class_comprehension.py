class Teams:
    members = ["a", "b"]
    domain = "@example.com"
    emails = [member + domain for member in members]


def get_approvers(event):
    return Teams.emails
