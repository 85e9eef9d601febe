from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack, pagerduty
from sym.sdk.notifications import Notification

FIVE_MINUTES = 5 * 60


@reducer
def get_request_notifications(event):
    on_call = pagerduty.users_on_call(schedule_name="primary")
    notifications = [
        Notification(destinations=[slack.channel("#sym-requests")], timeout=FIVE_MINUTES),
    ]
    if on_call:
        notifications.append(Notification(destinations=[slack.group(on_call)]))
    return notifications
