from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import slack
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.user import UserRole


def requester_is_admin(event):
    return event.user.role == UserRole.ADMIN


@reducer
def get_permissions(event):
    level = PermissionLevel.ADMIN if requester_is_admin(event) else PermissionLevel.MEMBER
    return RequestPermission(
        webapp_view=level,
        approve_deny=PermissionLevel.ADMIN,
        allow_self_approval=requester_is_admin(event),
    )


@hook
def on_deescalate(event):
    target = event.payload.fields.get("target")
    label = target.label if target is not None else "unknown"
    slack.send_message(slack.channel("#access-log"), "Access to %s ended for %s" % (label, event.user.email))
