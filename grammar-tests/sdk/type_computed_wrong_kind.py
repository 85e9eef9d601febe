from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import okta, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission


@reducer
def get_permissions(event):
    return RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.MEMBER)


@reducer
def get_request_notifications(event):
    if okta.is_user_in_group(event.user.email, group_id="00g1"):
        return [Notification(destinations=slack.channel("#break-glass"))]
    return [Notification(destinations=[slack.channel("#requests")])]
