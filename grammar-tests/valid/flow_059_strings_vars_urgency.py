from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import jira, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template


@reducer
def get_permissions(event):
    # Levels given as their string values are accepted too.
    return RequestPermission(webapp_view="all_users", approve_deny="admin")


@reducer
def get_request_notifications(event):
    fields = event.payload.fields
    flow_vars = event.flow.vars
    if fields.get("urgency") in ("High", "Emergency"):
        return [
            Notification(destinations=[slack.channel(flow_vars["emergency_channel"], allow_self=True)]),
        ]
    channel = flow_vars.get("request_channel", "#sym-requests")
    return [Notification(destinations=[slack.channel(channel)], timeout=15 * 60)]


MAX_HOURS = 8


@hook
def on_request(event):
    duration = event.payload.fields.get("duration")
    if duration is not None and duration > MAX_HOURS * 3600:
        return ApprovalTemplate.deny(reason="Requests are limited to %d hours" % MAX_HOURS)


@hook
def on_approve(event):
    requester = event.get_actor("request")
    if requester is not None and requester.email == event.user.email:
        return Template.ignore(message="You cannot approve your own request.")


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
