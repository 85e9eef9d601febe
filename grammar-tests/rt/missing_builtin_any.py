from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


@reducer
def get_approvers(event):
    urgent = any([True, False])
    return slack.channel("#urgent" if urgent else "#access")
