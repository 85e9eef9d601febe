from sym.sdk.annotations import reducer
from sym.sdk.integrations import okta
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.user import user_ids


@reducer
def get_permissions(event):
    approvers = okta.users_in_group(group_id="00g12345678abc")
    return RequestPermission(
        webapp_view=PermissionLevel.ALL_USERS,
        approve_deny=user_ids(approvers),
        allow_self_approval=False,
    )
