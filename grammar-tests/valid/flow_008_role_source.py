import requests

from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.user import UserRole


def requester_is_admin(event):
    return event.user.role == UserRole.ADMIN


@reducer
def get_permissions(event):
    level = PermissionLevel.ADMIN if requester_is_admin(event) else PermissionLevel.MEMBER
    return RequestPermission(
        webapp_view=level,
        approve_deny=PermissionLevel.ADMIN,
        allow_self_approval=requester_is_admin(event),
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
def on_deescalate(event):
    target = event.payload.fields.get("target")
    label = target.label if target is not None else "unknown"
    slack.send_message(slack.channel("#access-log"), "Access to %s ended for %s" % (label, event.user.email))


@prefetch(field_name="database")
def get_databases(event):
    response = requests.get("https://inventory.example.com/databases", params={"team": event.flow.vars.get("team", "all")})
    response.raise_for_status()
    return [FieldOption(value=db["id"], label=db.get("name", db["id"])) for db in response.json()]
