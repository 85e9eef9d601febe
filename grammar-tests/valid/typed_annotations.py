"""Typed handlers."""
from sym.sdk.annotations import hook, reducer
from sym.sdk.event import Event
from sym.sdk.integrations import okta, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.request_destination import RequestDestination
from sym.sdk.templates import ApprovalTemplate
from sym.sdk.user import User

ADMINS = "00gadmins"
TIMEOUT = 600


def is_admin(user: User) -> bool:
    return okta.is_user_in_group(user, group_id=ADMINS)


def destination(name: str, allow_self: bool = False) -> RequestDestination:
    return slack.channel(name, allow_self=allow_self)


@reducer
def get_permissions(event: Event) -> RequestPermission:
    level = PermissionLevel.ADMIN if is_admin(event.user) else PermissionLevel.MEMBER
    return RequestPermission(webapp_view=level, approve_deny=PermissionLevel.MEMBER, allow_self_approval=False)


@reducer
def get_request_notifications(event: Event) -> list:
    chain = [Notification(destinations=[destination("#requests")], timeout=TIMEOUT)]
    return chain


@hook
def on_request(event: "Event"):
    reason = event.payload.fields.get("reason", "")
    if is_admin(event.user) and reason:
        return ApprovalTemplate.approve()
    print(event.template, event.meta)
