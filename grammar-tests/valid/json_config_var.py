import json

from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification


def routing_table(event):
    raw = event.flow.vars.get("routing", "{}")
    try:
        return json.loads(raw)
    except ValueError:
        return {}


@reducer
def get_request_notifications(event):
    table = routing_table(event)
    target = event.payload.fields.get("target")
    channels = table.get(target.name if target else "", ["#sym-requests"])
    return [Notification(destinations=[slack.channel(c)], timeout=600) for c in channels]
