from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import aws_sso, okta, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import Template
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


MANAGERS = "00gmanagers01"


@reducer
def get_request_notifications(event):
    return [
        Notification(destinations=[slack.channel("#access-requests")], timeout=600),
        Notification(destinations=[slack.channel("#access-escalations")], timeout=1800),
        Notification(destinations=[slack.group(okta.users_in_group(group_id=MANAGERS))]),
    ]


@hook
def on_prompt(event):
    if not aws_sso.is_user_in_group(event.user, group_name="Engineers"):
        return Template.ignore(message="Only engineers may use this flow.")
