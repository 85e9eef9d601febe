from sym.sdk.annotations import reducer
from sym.sdk.integrations import pagerduty
from sym.sdk.request_permission import PermissionLevel, RequestPermission


@reducer
def get_permissions(event):
    on_call = pagerduty.users_on_call(escalation_policy_id="PPOLICY1")
    approver_ids = [user.id for user in on_call]
    viewer_ids = approver_ids + [event.user.id]
    return RequestPermission(
        webapp_view=viewer_ids,
        approve_deny=approver_ids or PermissionLevel.ADMIN,
        allow_self_approval=event.user in on_call,
    )
