from sym.sdk import ApprovalTemplate, PermissionLevel, RequestPermission, hook, reducer, slack


@reducer
def get_permissions(event):
    return RequestPermission(
        webapp_view=PermissionLevel.ALL_USERS,
        approve_deny=PermissionLevel.MEMBER,
        allow_self_approval=False,
    )


@hook
def on_request(event):
    if event.payload.fields.get("reason", "").startswith("[auto]"):
        return ApprovalTemplate.approve()


@hook
def after_approve(event):
    slack.send_thread_message("Approved by " + slack.mention(event.user))
