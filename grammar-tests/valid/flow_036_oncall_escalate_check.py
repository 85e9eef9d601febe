import requests

from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.forms import FieldOption
from sym.sdk.integrations import jira, pagerduty, slack
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate


@reducer
def get_permissions(event):
    on_call = pagerduty.is_on_call(event.user, schedule_name="prod_on_call")
    return RequestPermission(
        webapp_view=PermissionLevel.MEMBER,
        approve_deny=PermissionLevel.MEMBER,
        allow_self_approval=on_call,
    )


@hook
def on_escalate(event):
    response = requests.get(
        "https://compliance.example.com/api/training",
        params={"email": event.user.email},
        headers={"Authorization": "Bearer " + event.flow.vars.get("compliance_token", "")},
        timeout=10,
    )
    if response.status_code != 200:
        return ApprovalTemplate.deny(reason="compliance check unavailable")
    if not response.json().get("completed", False):
        return ApprovalTemplate.deny(reason="security training is not complete")


@hook
def on_deescalate(event):
    target = event.payload.fields.get("target")
    label = target.label if target is not None else "unknown"
    slack.send_message(slack.channel("#access-log"), "Access to %s ended for %s" % (label, event.user.email))


@hook
def after_deny(event):
    ticket = event.payload.fields.get("ticket")
    if ticket:
        jira.add_comment_to_issue(ticket, f"Access request denied by {event.user.email}")


@hook
def after_request(event):
    fields = event.payload.fields
    keys = [key for key in fields if key != "target"]
    keys.sort()
    lines = ["*%s*: %s" % (key, fields[key]) for key in keys]
    slack.send_thread_message("\n".join(lines) or "No fields.")


REGIONS = {"us-east-1": "US East", "eu-west-1": "EU West", "ap-south-1": "Asia Pacific"}


@prefetch(field_name="region")
def get_regions(event):
    options = []
    for value, label in REGIONS.items():
        options.append(FieldOption(value=value, label=label))
    return options
