from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


@reducer
def get_approvers(event):
    if (channel := event.flow.vars.get("approval_channel")) is not None:
        return slack.channel(channel)
    return slack.channel("#sym-requests") if event.payload.fields.get("reason") else slack.user(event.user)
