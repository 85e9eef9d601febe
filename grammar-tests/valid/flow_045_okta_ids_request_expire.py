import requests

from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import okta, slack
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.user import user_ids


APPROVER_GROUP = "00g1abcd2345"


@reducer
def get_permissions(event):
    approvers = okta.users_in_group(group_id=APPROVER_GROUP)
    return RequestPermission(
        webapp_view=PermissionLevel.ADMIN,
        approve_deny=user_ids(approvers),
        allow_self_approval=False,
    )


@hook
def on_request_expire(event):
    slack.send_message(event.user, "Your request expired before anyone answered it.")


@hook
def after_approve(event):
    approver = event.user
    requester = event.get_actor("request")
    name = requester.first_name if requester and requester.first_name else "there"
    slack.send_message(requester or approver, f"Hi {name}, {slack.mention(approver)} approved your request.")


@hook
def after_prompt(event):
    pass


@prefetch(field_name="database")
def get_databases(event):
    response = requests.get("https://inventory.example.com/databases", params={"team": event.flow.vars.get("team", "all")})
    response.raise_for_status()
    return [FieldOption(value=db["id"], label=db.get("name", db["id"])) for db in response.json()]
