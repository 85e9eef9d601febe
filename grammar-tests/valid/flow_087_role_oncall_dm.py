import requests

from sym.sdk.annotations import hook, prefetch, reducer
from sym.sdk.field_option import FieldOption
from sym.sdk.integrations import okta, pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate
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
    responders = pagerduty.users_on_call(escalation_policy_name="Platform")
    notifications = [Notification(destinations=[slack.user(u)], timeout=300) for u in responders[:3]]
    notifications.append(Notification(destinations=[slack.channel("#platform")]))
    return notifications


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
def after_approve(event):
    approver = event.user
    requester = event.get_actor("request")
    name = requester.first_name if requester and requester.first_name else "there"
    slack.send_message(requester or approver, f"Hi {name}, {slack.mention(approver)} approved your request.")


@prefetch(field_name="group")
def get_groups(event):
    groups = okta.list_groups(name_filter="aws-")
    return [FieldOption(value=g["id"], label=g["profile"]["name"]) for g in groups]
