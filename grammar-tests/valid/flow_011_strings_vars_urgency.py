from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import RequestPermission


@reducer
def get_permissions(event):
    # Levels given as their string values are accepted too.
    return RequestPermission(webapp_view="all_users", approve_deny="admin")


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
