from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack
from sym.sdk.notifications import Notification

@reducer
def get_request_notifications(event):
    notifications = []

    if source_channel_identifier := event.run.source_channel.identifier:
        # If the request came from Slack, try to send it to the channel it came from.
        # (Only requests from Slack have a `source_channel.identifier` set)
        notifications.append(
            Notification(
                destinations=[slack.channel(source_channel_identifier)]
            )
        )

    # If there is no Slack source channel OR if the message cannot be delivered to the source channel,
    # we will send a notification to the #sym-access channel.
    notifications.append(Notification(destinations=[slack.channel("#sym-access")]))

    return notifications
