from sym import sdk
from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


@reducer
def get_approvers(event):
    print("sdk module loaded:", sdk is not None)
    return slack.channel("#sym-requests")
