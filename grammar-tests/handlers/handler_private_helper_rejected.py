from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


def _channel(event):
    return "#sym-requests"


@reducer
def get_approvers(event):
    return slack.channel(_channel(event))
