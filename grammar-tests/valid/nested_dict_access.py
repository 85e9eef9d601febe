from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification

CONFIG = {
    "environments": {
        "prod": {"channels": ["#prod-approvals"], "timeout": 300},
        "staging": {"channels": ["#staging-approvals"], "timeout": None},
    },
    "default": {"channels": ["#sym-requests"], "timeout": 600},
}


@reducer
def get_request_notifications(event):
    target = event.payload.fields["target"]
    env = target.settings.get("environment", "default")
    entry = CONFIG["environments"].get(env, CONFIG["default"])
    return [Notification(destinations=[slack.channel(c)], timeout=entry["timeout"]) for c in entry["channels"]]
