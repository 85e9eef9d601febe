from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import okta, pagerduty, slack
from sym.sdk.notifications import Notification
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


@reducer
def get_request_notifications(event):
    responders = pagerduty.users_on_call(escalation_policy_name="Platform")
    notifications = [Notification(destinations=[slack.user(u)], timeout=300) for u in responders[:3]]
    notifications.append(Notification(destinations=[slack.channel("#platform")]))
    return notifications


@hook
def after_request(event):
    fields = event.payload.fields
    keys = [key for key in fields if key != "target"]
    keys.sort()
    lines = ["*%s*: %s" % (key, fields[key]) for key in keys]
    slack.send_thread_message("\n".join(lines) or "No fields.")
