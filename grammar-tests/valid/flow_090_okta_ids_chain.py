from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import jira, okta, slack
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


MANAGERS = "00gmanagers01"


@reducer
def get_request_notifications(event):
    return [
        Notification(destinations=[slack.channel("#access-requests")], timeout=600),
        Notification(destinations=[slack.channel("#access-escalations")], timeout=1800),
        Notification(destinations=[slack.group(okta.users_in_group(group_id=MANAGERS))]),
    ]


@hook
def after_request_expire(event):
    jira.create_issue(
        title=f"Expired access request from {event.user.email}",
        project_key="SEC",
        issue_type_name="Task",
        labels=["sym", "expired"],
    )


@hook
def after_request(event):
    fields = event.payload.fields
    keys = [key for key in fields if key != "target"]
    keys.sort()
    lines = ["*%s*: %s" % (key, fields[key]) for key in keys]
    slack.send_thread_message("\n".join(lines) or "No fields.")
