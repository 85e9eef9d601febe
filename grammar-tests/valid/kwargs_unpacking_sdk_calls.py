from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import okta, pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate

PERMS = {"webapp_view": PermissionLevel.MEMBER, "approve_deny": PermissionLevel.ADMIN}
LOOKUP = {"schedule_name": "primary"}


@reducer
def get_permissions(event):
    return RequestPermission(**PERMS)


@reducer
def get_request_notifications(event):
    spec = {"destinations": [slack.channel("#a")], "timeout": 60}
    args = ["#b"]
    opts = {"allow_self": True}
    users = pagerduty.users_on_call(**LOOKUP)
    chain = [Notification(**spec), Notification(destinations=[slack.channel(*args, **opts)])]
    if users:
        chain.append(Notification(destinations=[slack.group(users)]))
    return chain


@hook
def on_request(event):
    payload = {"reason": "auto"}
    if okta.is_user_in_group(event.user, **{"group_id": "00gsre"}):
        return ApprovalTemplate.approve(**payload)
