from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification


def notify(*channels, timeout=None, **options):
    destinations = [slack.channel(c, **options) for c in channels]
    return Notification(destinations=destinations[:1], timeout=timeout)


def build(specs):
    return [notify(*spec["channels"], timeout=spec.get("timeout")) for spec in specs]


SPECS = [
    {"channels": ["#first"], "timeout": 120},
    {"channels": ["#second"], "timeout": 600},
    {"channels": ["#last"]},
]


@reducer
def get_request_notifications(event):
    kwargs = {"allow_self": False}
    chain = build(SPECS)
    chain.insert(0, notify("#urgent", timeout=60, **kwargs))
    return chain
