from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack

@reducer
def get_approvers(event):
    fvars = event.flow.vars
    return slack.channel(fvars["request_channel"], allow_self=True)
