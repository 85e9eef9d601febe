from sym.sdk.annotations import prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import jira, okta, pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission


@reducer
def get_permissions(event):
    on_call = pagerduty.is_on_call(event.user, schedule_name="prod_on_call")
    return RequestPermission(
        webapp_view=PermissionLevel.MEMBER,
        approve_deny=PermissionLevel.MEMBER,
        allow_self_approval=on_call,
    )


MANAGERS = "00gmanagers01"


@reducer
def get_request_notifications(event):
    return [
        Notification(destinations=[slack.channel("#access-requests")], timeout=600),
        Notification(destinations=[slack.channel("#access-escalations")], timeout=1800),
        Notification(destinations=[slack.group(okta.users_in_group(group_id=MANAGERS))]),
    ]


@prefetch(field_name="ticket")
def get_tickets(event):
    jql = 'project = OPS AND assignee = "%s" AND statusCategory != Done' % event.user.email
    issues = jira.search_issues(jql, fields=["summary"])
    return [FieldOption(value=i["key"], label="%s: %s" % (i["key"], i["fields"]["summary"])) for i in issues]
