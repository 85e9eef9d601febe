"""Approval routing for the data platform flow."""
import json  # noqa: F401

from sym.sdk.annotations import hook, reducer  # noqa: I001
from sym.sdk.integrations import slack  # type: ignore[import]
from sym.sdk.request_permission import PermissionLevel, RequestPermission

# fmt: off
CHANNELS = {
    "warehouse": "#data-approvals",
    "lake":      "#data-approvals",
}
# fmt: on


@reducer
def get_permissions(event):  # noqa: ARG001, D103
    return RequestPermission(webapp_view=PermissionLevel.MEMBER, approve_deny=PermissionLevel.MEMBER)  # noqa: E501


@hook
def after_request(event):  # pylint: disable=unused-argument
    target = event.payload.fields.get("target")
    channel = CHANNELS.get(target.name if target else "", "#sym-requests")  # noqa
    slack.send_message(slack.channel(channel), "New request: %s" % event.user.email)  # noqa: T201,PLR2004
