from sym import sdk
from sym.sdk import annotations
from sym.sdk.integrations import slack


@annotations.reducer
def get_approvers(event):
    return slack.channel("#sym-requests")
