from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import okta, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission


@reducer
def get_permissions(event):
    return RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.MEMBER)


@reducer
def get_request_notifications(event):
    timeout = event.flow.vars.get("timeout", "300")
    destinations = [slack.channel(event.flow.vars["channel"], timeout=timeout)]
    if okta.is_user_in_group(event.user, group_id=event.flow.vars["group"]):
        destinations = [event.user]
    return [Notification(destinations=destinations)]
