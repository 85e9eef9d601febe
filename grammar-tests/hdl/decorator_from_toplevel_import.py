from sym.sdk import reducer as r, hook
from sym.sdk.integrations import slack


@r
def get_approvers(event):
    return slack.channel("#a")


@hook
def on_request(event):
    pass
