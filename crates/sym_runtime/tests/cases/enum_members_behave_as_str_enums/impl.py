from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    from sym.sdk.templates import ApprovalTemplateStep
    from sym.sdk.user import UserRole
    u = event.user
    print(u.role, repr(u.role), f"{u.role}", u.role == "admin", u.role == UserRole.ADMIN, u.role.value, u.role.name)
    print(PermissionLevel.ADMIN, repr(PermissionLevel.MEMBER), f"[{PermissionLevel.ALL_USERS:>12}]", list(PermissionLevel))
    print(PermissionLevel("member"), PermissionLevel("member") is PermissionLevel.MEMBER, "admin" in {PermissionLevel.ADMIN}, {PermissionLevel.ADMIN: 1}["admin"])
    print(u.role.permission_levels(), UserRole.GUEST.permission_levels(), u.role.upper())
    print(ApprovalTemplateStep.APPROVE, ApprovalTemplateStep("deny"), get_step_output(ApprovalTemplateStep.APPROVE))
    rp = RequestPermission(webapp_view="member", approve_deny=PermissionLevel.ADMIN)
    print(rp, rp.webapp_view is PermissionLevel.MEMBER, rp.approve_deny == "admin")
    try:
        PermissionLevel("owner")
    except ValueError as e:
        print(e)
    return {"role": u.role, "levels": [PermissionLevel.ADMIN], PermissionLevel.MEMBER: rp}
