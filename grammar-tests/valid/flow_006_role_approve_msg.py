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
def after_approve(event):
    approver = event.user
    requester = event.get_actor("request")
    name = requester.first_name if requester and requester.first_name else "there"
    slack.send_message(requester or approver, f"Hi {name}, {slack.mention(approver)} approved your request.")
