from sym.sdk.annotations import reducer
from sym.sdk.integrations import okta
from sym.sdk.request_permission import PermissionLevel, RequestPermission


@reducer
def get_permissions(event):
    if okta.is_user_in_group(event.user, group_id="00gadmins"):
        return RequestPermission(
            webapp_view=PermissionLevel.ADMIN,
            approve_deny=PermissionLevel.ADMIN,
            allow_self_approval=True,
        )
    return RequestPermission(webapp_view=PermissionLevel.MEMBER, approve_deny=PermissionLevel.ADMIN)
