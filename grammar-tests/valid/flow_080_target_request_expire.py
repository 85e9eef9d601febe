import json

import requests

from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import slack


@reducer
def get_approvers(event):
    target = event.payload.fields["target"]
    allow_self = target.name == "not-so-sensitive-db"
    return slack.channel("#sym-requests", allow_self=allow_self)


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
