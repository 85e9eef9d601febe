from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification

CHAIN = [("#tier-1", 300), ("#tier-2", 900), ("#tier-3", None)]


@reducer
def get_request_notifications(event):
    result = []
    index = 0
    for channel, timeout in CHAIN:
        index += 1
        print(index, channel)
        result.append(Notification(destinations=[slack.channel(channel)], timeout=timeout))
    first, *rest = result
    return [first] + rest
