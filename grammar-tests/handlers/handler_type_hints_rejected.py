from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


@reducer
def get_approvers(event) -> object:
    channel: str = "#sym-requests"
    return slack.channel(channel)
