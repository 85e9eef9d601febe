from sym.sdk.annotations import reducer
from sym.sdk.notifications import Notification
from sym.sdk.integrations import slack


@reducer
def get_request_notifications(event):
    destinations = []
    if source_channel_identifier := event.run.source_channel.identifier:
        # If the request came from Slack, try to send it to the channel it came from.
        # (Only requests from Slack have a `source_channel.identifier` set)
        destinations.append(slack.channel(source_channel_identifier))

    # Send to the requester based on a field in the prompt form
    if event.payload.fields["notify_requester"]:
        destinations.append(event.user)

    # If first request is not actioned in 15s or all messages fail to send it will forward to a slack channel and then to a list of users to email, and then expire after another 15s.
    return [
        Notification(destinations=destinations, timeout=15),
        Notification(destinations=[slack.channel("#test-paginate-10")], timeout=15),
        Notification(destinations=[user(email='[email protected]'), user(id="test_id"), ], timeout=15)
    ]
