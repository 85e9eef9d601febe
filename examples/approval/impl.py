from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.templates import ApprovalTemplate


def is_urgent(event):
    return event.payload.fields.get("urgency") == "Emergency"


@reducer
def get_permissions(event):
    return RequestPermission(
        webapp_view=PermissionLevel.ADMIN,
        approve_deny=PermissionLevel.OWNER,
        allow_self_approval=is_urgent(event),
    )


@reducer
def get_request_notifications(event):
    channels = sorted(event.flow.vars.get("channels", "#sym-requests").split(","))
    return [Notification(destinations=[slack.channel(channels[0])], timeout=300)]


@hook
def on_request(event):
    if is_urgent(event) and pagerduty.is_on_call(event.user):
        return ApprovalTemplate.approve(reason="on call")


@hook
def after_approve(event):
    event._audit = True
    slack.send_message(slack.channel("#audit"), "{} approved".format(event.user.usrname))
