from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission


@reducer
def get_permissions(event):
    urgent = event.payload.fields.get("urgency") == "Urgent"
    return RequestPermission(
        webapp_view=PermissionLevel.ADMIN,
        approve_deny=PermissionLevel.ADMIN,
        allow_self_approval=urgent,
    )


@reducer
def get_request_notifications(event):
    fvars = event.flow.vars
    if event.payload.fields["urgncy"] == "Emergency":
        channel = slack.channel(fvars["emergency_channel"])
    else:
        channel = slack.channel(fvars["request_chanel"])
    return [Notification(destinations=[channel])]
