from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification


class Tier:
    LOW = 1
    HIGH = 2
    NAMES = {1: "low", 2: "high"}


def tier_for(event):
    score = event.payload.fields.get("score", 0)
    return Tier.HIGH if score > 5 else Tier.LOW


@reducer
def get_request_notifications(event):
    tier = tier_for(event)
    name = Tier.NAMES[tier]
    chain = [Notification(destinations=[slack.channel("#%s-approvals" % name)], timeout=300 * tier)]
    if tier == Tier.HIGH:
        chain += [Notification(destinations=[slack.channel("#security")])]
    return chain
