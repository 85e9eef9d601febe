from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import jira, okta
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.user import user_ids


APPROVER_GROUP = "00g1abcd2345"


@reducer
def get_permissions(event):
    approvers = okta.users_in_group(group_id=APPROVER_GROUP)
    return RequestPermission(
        webapp_view=PermissionLevel.ADMIN,
        approve_deny=user_ids(approvers),
        allow_self_approval=False,
    )


@hook
def after_deny(event):
    ticket = event.payload.fields.get("ticket")
    if ticket:
        jira.add_comment_to_issue(ticket, f"Access request denied by {event.user.email}")


@hook
def after_prompt(event):
    pass
