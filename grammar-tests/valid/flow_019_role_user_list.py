from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import jira, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.user import User, UserRole


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
    manager = event.payload.fields.get("manager")
    if isinstance(manager, User):
        return [Notification(destinations=[slack.user(manager, timeout=3600)])]
    return [Notification(destinations=[slack.channel("#managers")])]


@hook
def after_request_expire(event):
    jira.create_issue(
        title=f"Expired access request from {event.user.email}",
        project_key="SEC",
        issue_type_name="Task",
        labels=["sym", "expired"],
    )


@prefetch(field_name="ticket")
def get_tickets(event):
    jql = 'project = OPS AND assignee = "%s" AND statusCategory != Done' % event.user.email
    issues = jira.search_issues(jql, fields=["summary"])
    return [FieldOption(value=i["key"], label="%s: %s" % (i["key"], i["fields"]["summary"])) for i in issues]
