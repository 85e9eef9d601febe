from sym.sdk.annotations import reducer
from sym.sdk.request_permission import PermissionLevel, RequestPermission

POLICY = {
    "aws_sso_permission_set": {"view": "member", "approve": "admin", "self": False},
    "okta_group": {"view": "all_users", "approve": "member", "self": True},
}
DEFAULT_POLICY = {"view": "admin", "approve": "admin", "self": False}


@reducer
def get_permissions(event):
    target = event.payload.fields.get("target")
    policy = DEFAULT_POLICY if target is None else POLICY.get(target.type, DEFAULT_POLICY)
    return RequestPermission(
        webapp_view=PermissionLevel(policy["view"]),
        approve_deny=PermissionLevel(policy["approve"]),
        allow_self_approval=bool(policy["self"]),
    )
