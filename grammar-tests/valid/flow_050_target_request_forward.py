from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import jira, okta, slack
from sym.sdk.templates import ApprovalTemplate


@reducer
def get_approvers(event):
    target = event.payload.fields["target"]
    allow_self = target.name == "not-so-sensitive-db"
    return slack.channel("#sym-requests", allow_self=allow_self)


@hook
def on_request_forward(event):
    print("request forwarded for", event.user.username)


MAX_HOURS = 8


@hook
def on_request(event):
    duration = event.payload.fields.get("duration")
    if duration is not None and duration > MAX_HOURS * 3600:
        return ApprovalTemplate.deny(reason="Requests are limited to %d hours" % MAX_HOURS)


@hook
def after_request_forward(event):
    slack.send_thread_message("This request has been forwarded to the next approvers.")


@hook
def after_request_expire(event):
    jira.create_issue(
        title=f"Expired access request from {event.user.email}",
        project_key="SEC",
        issue_type_name="Task",
        labels=["sym", "expired"],
    )


@prefetch(field_name="group")
def get_groups(event):
    groups = okta.list_groups(name_filter="aws-")
    return [FieldOption(value=g["id"], label=g["profile"]["name"]) for g in groups]
