import sym.sdk.integrations.slack as s
from sym.sdk.annotations import reducer
from sym.sdk.notifications import Notification


@reducer
def get_request_notifications(event):
    return [Notification(destinations=[s.channel("#sym-requests")])]
