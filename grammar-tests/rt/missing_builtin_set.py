from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


@reducer
def get_approvers(event):
    emails = set(["a@example.com", "a@example.com"])
    return [slack.user(email) for email in emails]
