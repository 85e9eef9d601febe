from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification


class Channels:
    REQUESTS = "#sym-requests"
    PROD = "#prod-access"
    SECURITY = "#security"


class Timeouts:
    SHORT = 5 * 60
    LONG = 60 * 60


ROUTES = {
    "prod": Channels.PROD,
    "security": Channels.SECURITY,
}


@reducer
def get_request_notifications(event):
    target = event.payload.fields.get("target")
    key = target.settings.get("tier", "") if target else ""
    channel = ROUTES.get(key, Channels.REQUESTS)
    return [
        Notification(destinations=[slack.channel(channel)], timeout=Timeouts.SHORT),
        Notification(destinations=[slack.channel(Channels.SECURITY)], timeout=Timeouts.LONG),
    ]
