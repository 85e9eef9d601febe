from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import okta, pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template



@reducer
def get_permissions(event):
    return RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.MEMBER)


@hook
def on_request(event):
    print(slack.channel("#x", allow_self="maybe"))
