from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack

SENSITIVE = ["prod-db", "billing"]


@reducer
def get_approvers(event):
    target = event.payload.fields["target"]
    if target.name in SENSITIVE:
        return slack.channel("#sym-sensitive", allow_self=False)
    return slack.channel("#sym-requests", allow_self=True)
