import json

import requests

from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import aws_lambda, slack
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
    # Requests are only approved in the web app: notify nobody.
    return []


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
def after_deescalate(event):
    started = aws_lambda.invoke_async(event.flow.vars["revoke_lambda_arn"], event)
    if not started:
        print("could not start the revoke lambda")


@hook
def after_request_forward(event):
    slack.send_thread_message("This request has been forwarded to the next approvers.")


@prefetch(field_name="project")
def get_projects(event):
    body = {"query": "{ projects { id name } }"}
    response = requests.post(
        "https://api.example.com/graphql",
        data=json.dumps(body),
        headers={"Content-Type": "application/json"},
    )
    if not response.ok:
        return [FieldOption(value="none", label="No projects available")]
    projects = json.loads(response.text)["data"]["projects"]
    options = [FieldOption(value=p["id"], label=p["name"]) for p in projects]
    options.sort(key=lambda option: option.label)
    return options
