from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate, Template


@reducer
def get_permissions(event):
    on_call = pagerduty.is_on_call(event.user, schedule_name="prod_on_call")
    return RequestPermission(
        webapp_view=PermissionLevel.MEMBER,
        approve_deny=PermissionLevel.MEMBER,
        allow_self_approval=on_call,
    )


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
def on_approve(event):
    requester = event.get_actor("request")
    if requester is not None and requester.email == event.user.email:
        return Template.ignore(message="You cannot approve your own request.")
