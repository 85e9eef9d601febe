from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission


def default_permissions():
    return RequestPermission(webapp_view=PermissionLevel.MEMBER, approve_deny=PermissionLevel.MEMBER)


def strict_permissions():
    return RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.ADMIN)


def to_channel(name):
    return Notification(destinations=[slack.channel(name)])


@reducer
def get_permissions(event):
    if event.payload.fields.get("urgency") == "High":
        return strict_permissions()
    return default_permissions()


@reducer
def get_request_notifications(event):
    names = event.flow.vars.get("channels", "#sym-requests").split(",")
    return [to_channel(n.strip()) for n in names]
