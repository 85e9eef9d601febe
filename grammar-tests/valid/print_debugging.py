from sym.sdk.annotations import hook
from sym.sdk.integrations import slack

print("loading impl for flow")


@hook
def after_request(event):
    print("event name:", event.name)
    print("flow:", event.flow.name)
    print("fields:", event.payload.fields)
    print("user:", event.user.username, event.user.email, event.user.id)
    print("source:", event.run.source_channel.type, event.run.source_channel.identifier)
    print("timestamp:", event.payload.timestamp.isoformat())
    slack.send_thread_message("Thanks! Your request is in.")
