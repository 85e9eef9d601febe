import sym.sdk.annotations as annotations
from sym.sdk.integrations import slack


@annotations.reducer
def get_approvers(event):
    return slack.channel("#a")


@annotations.hook
def on_aprove(event):
    pass
