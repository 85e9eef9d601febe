import requests

from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import jira, slack
from sym.sdk.templates import ApprovalTemplate


@reducer
def get_approvers(event):
    target = event.payload.fields["target"]
    allow_self = target.name == "not-so-sensitive-db"
    return slack.channel("#sym-requests", allow_self=allow_self)


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


MAX_HOURS = 8


@hook
def on_request(event):
    duration = event.payload.fields.get("duration")
    if duration is not None and duration > MAX_HOURS * 3600:
        return ApprovalTemplate.deny(reason="Requests are limited to %d hours" % MAX_HOURS)


@hook
def after_request_expire(event):
    jira.create_issue(
        title=f"Expired access request from {event.user.email}",
        project_key="SEC",
        issue_type_name="Task",
        labels=["sym", "expired"],
    )
