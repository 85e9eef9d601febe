from sym.sdk.annotations import prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import onelogin
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.user import user_ids


@prefetch(field_name="role")
def get_roles(event):
    return [FieldOption(value=str(r["id"]), label=r["name"]) for r in onelogin.list_roles(name_filter="prod")]


@reducer
def get_permissions(event):
    role_id = int(event.flow.vars.get("approver_role_id", "0"))
    approvers = onelogin.users_in_role(role_id) if role_id else []
    return RequestPermission(
        webapp_view=PermissionLevel.MEMBER,
        approve_deny=user_ids(approvers) if approvers else PermissionLevel.ADMIN,
    )
