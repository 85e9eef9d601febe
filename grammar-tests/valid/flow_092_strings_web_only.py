import json

import requests

from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template


@reducer
def get_permissions(event):
    # Levels given as their string values are accepted too.
    return RequestPermission(webapp_view="all_users", approve_deny="admin")


@reducer
def get_request_notifications(event):
    # Requests are only approved in the web app: notify nobody.
    return []


@hook
def on_approve(event):
    requester = event.get_actor("request")
    if requester is not None and requester.email == event.user.email:
        return Template.ignore(message="You cannot approve your own request.")


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
