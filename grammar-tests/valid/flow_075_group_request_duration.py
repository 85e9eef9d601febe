from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import jira, okta, slack
from sym.sdk.templates import ApprovalTemplate


@reducer
def get_approvers(event):
    approvers = okta.users_in_group(group_id="00gapprovers")
    others = [user for user in approvers if user.email != event.user.email]
    if others:
        return slack.group(others[:7])
    return slack.channel("#security")


MAX_HOURS = 8


@hook
def on_request(event):
    duration = event.payload.fields.get("duration")
    if duration is not None and duration > MAX_HOURS * 3600:
        return ApprovalTemplate.deny(reason="Requests are limited to %d hours" % MAX_HOURS)


@hook
def after_deny(event):
    ticket = event.payload.fields.get("ticket")
    if ticket:
        jira.add_comment_to_issue(ticket, f"Access request denied by {event.user.email}")
