from sym.sdk.annotations import reducer
from sym.sdk.integrations import okta
from sym.sdk.request_permission import PermissionLevel, RequestPermission


def is_admin(user):
    return okta.is_user_in_group(user, group_name="sym-admins")


@reducer
def get_permissions(event):
    return RequestPermission(
        webapp_view=PermissionLevel.MEMBER,
        approve_deny=PermissionLevel.ADMIN,
        allow_self_approval=is_admin(event.user),
    )
