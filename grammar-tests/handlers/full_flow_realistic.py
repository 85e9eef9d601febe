"""Access flow for production databases.

Routing: urgent requests page the on-call engineer; others go to the
team's channel. Approvals are logged to #audit.
"""
import json
from datetime import datetime, timedelta

import requests
from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import okta, pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate

TEAM_CHANNELS = {"payments": "#payments-access", "search": "#search-access"}
MAX_HOURS = 8


def is_urgent(event):
    return event.payload.fields.get("urgency") == "Emergency"


def requested_hours(event):
    try:
        return int(event.payload.fields.get("hours", 1))
    except (TypeError, ValueError):
        return 1


@reducer
def get_permissions(event):
    return RequestPermission(
        webapp_view=PermissionLevel.MEMBER,
        approve_deny=PermissionLevel.MEMBER,
        allow_self_approval=is_urgent(event) and pagerduty.is_on_call(event.user),
    )


@reducer
def get_request_notifications(event):
    team = event.payload.fields.get("team", "")
    notifications = []
    if is_urgent(event):
        responders = pagerduty.users_on_call(escalation_policy_name="prod")
        notifications.append(Notification(destinations=[slack.group(responders)], timeout=120))
    notifications.append(
        Notification(destinations=[slack.channel(TEAM_CHANNELS.get(team, "#sym-access"))])
    )
    return notifications


@prefetch(field_name="database")
def get_databases(event):
    response = requests.get("https://inventory.internal/dbs", params={"env": "prod"})
    names = [row["name"] for row in response.json()]
    return [FieldOption(value=name, label=name.replace("-", " ").title()) for name in names]


@hook
def on_request(event):
    hours = requested_hours(event)
    if hours > MAX_HOURS:
        return ApprovalTemplate.deny(reason=f"At most {MAX_HOURS} hours, {hours} requested")
    if okta.is_user_in_group(event.user, group_name="db-admins") and hours <= 1:
        return ApprovalTemplate.approve(reason="Database admin, short request")


@hook
def after_approve(event):
    until = datetime.now() + timedelta(hours=requested_hours(event))
    record = {
        "who": event.user.email,
        "database": event.payload.fields.get("database"),
        "until": until.isoformat(),
    }
    slack.send_message(slack.channel("#audit"), json.dumps(record))
