from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import jira, pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.user import UserRole


def requester_is_admin(event):
    return event.user.role == UserRole.ADMIN


@reducer
def get_permissions(event):
    level = PermissionLevel.ADMIN if requester_is_admin(event) else PermissionLevel.MEMBER
    return RequestPermission(
        webapp_view=level,
        approve_deny=PermissionLevel.ADMIN,
        allow_self_approval=requester_is_admin(event),
    )


@reducer
def get_request_notifications(event):
    responders = pagerduty.users_on_call(escalation_policy_name="Platform")
    notifications = [Notification(destinations=[slack.user(u)], timeout=300) for u in responders[:3]]
    notifications.append(Notification(destinations=[slack.channel("#platform")]))
    return notifications


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
