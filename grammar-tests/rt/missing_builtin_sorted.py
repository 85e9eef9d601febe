from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


@reducer
def get_approvers(event):
    names = sorted(["zoe", "al"])
    return [slack.user(name + "@example.com") for name in names]
