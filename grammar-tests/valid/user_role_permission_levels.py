from sym.sdk.annotations import reducer
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.user import UserRole


@reducer
def get_permissions(event):
    levels = event.user.role.permission_levels()
    can_view_all = PermissionLevel.ADMIN in levels or event.user.role is UserRole.ADMIN
    return RequestPermission(
        webapp_view=PermissionLevel.ALL_USERS if can_view_all else PermissionLevel.MEMBER,
        approve_deny=PermissionLevel.MEMBER,
        allow_self_approval=False,
    )
