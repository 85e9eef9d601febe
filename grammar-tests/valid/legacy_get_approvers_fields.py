from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack

APPROVAL_CHANNELS = {
    "Low": "#approvals-low",
    "Medium": "#approvals",
    "High": "#approvals-high",
}


@reducer
def get_approvers(event):
    """Route by the requester's chosen risk."""
    risk = event.payload.fields.get("risk", "Medium")
    channel = APPROVAL_CHANNELS.get(risk)
    if channel is None:
        channel = APPROVAL_CHANNELS["Medium"]
    return slack.channel(channel, allow_self=(risk == "Low"))
