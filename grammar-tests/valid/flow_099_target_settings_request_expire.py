import json

import requests

from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import slack
from sym.sdk.request_permission import PermissionLevel, RequestPermission


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


@hook
def on_request_expire(event):
    slack.send_message(event.user, "Your request expired before anyone answered it.")


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
