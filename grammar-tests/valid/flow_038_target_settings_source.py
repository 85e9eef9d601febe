import requests

from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate


SENSITIVE_ENVIRONMENTS = {"prod", "production", "pci"}


@reducer
def get_permissions(event):
    target = event.payload.fields.get("target")
    environment = ""
    if target is not None:
        environment = target.settings.get("environment", "")
    sensitive = environment.lower() in SENSITIVE_ENVIRONMENTS
    return RequestPermission(
        webapp_view=PermissionLevel.MEMBER,
        approve_deny=PermissionLevel.ADMIN if sensitive else PermissionLevel.MEMBER,
        allow_self_approval=not sensitive,
    )


@reducer
def get_request_notifications(event):
    source = event.run.source_channel
    destinations = []
    if source.type == "slack" and source.identifier:
        destinations.append(slack.channel(source.identifier))
    else:
        destinations.append(slack.channel("#sym-requests"))
    return [Notification(destinations=destinations)]


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
def after_request_forward(event):
    slack.send_thread_message("This request has been forwarded to the next approvers.")


@hook
def after_request(event):
    fields = event.payload.fields
    keys = [key for key in fields if key != "target"]
    keys.sort()
    lines = ["*%s*: %s" % (key, fields[key]) for key in keys]
    slack.send_thread_message("\n".join(lines) or "No fields.")
