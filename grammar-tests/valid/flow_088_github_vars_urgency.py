import requests

from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.forms import FieldOption
from sym.sdk.integrations import github, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate
from sym.sdk.user import user_ids


@reducer
def get_permissions(event):
    maintainers = github.get_repo_collaborators(repo_name=event.flow.vars["repo"], roles=["maintain", "admin"])
    ids = user_ids(maintainers)
    if not ids:
        return RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.ADMIN)
    return RequestPermission(webapp_view=ids, approve_deny=ids, allow_self_approval=False)


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


REGIONS = {"us-east-1": "US East", "eu-west-1": "EU West", "ap-south-1": "Asia Pacific"}


@prefetch(field_name="region")
def get_regions(event):
    options = []
    for value, label in REGIONS.items():
        options.append(FieldOption(value=value, label=label))
    return options
