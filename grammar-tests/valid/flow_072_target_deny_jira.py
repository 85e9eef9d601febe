from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import jira, slack


@reducer
def get_approvers(event):
    target = event.payload.fields["target"]
    allow_self = target.name == "not-so-sensitive-db"
    return slack.channel("#sym-requests", allow_self=allow_self)


@hook
def after_deny(event):
    ticket = event.payload.fields.get("ticket")
    if ticket:
        jira.add_comment_to_issue(ticket, f"Access request denied by {event.user.email}")


@hook
def after_approve(event):
    approver = event.user
    requester = event.get_actor("request")
    name = requester.first_name if requester and requester.first_name else "there"
    slack.send_message(requester or approver, f"Hi {name}, {slack.mention(approver)} approved your request.")
