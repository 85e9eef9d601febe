from sym.sdk.annotations import reducer, hook
from sym.sdk.integrations import slack


@reducer
def get_approvers(event):
    source = event.run.source_channel.identifier
    if source:
        return slack.fallback(slack.channel(source), slack.channel("#sym-access"))
    return slack.channel("#sym-access")


@hook
def after_request(event):
    slack.send_message(slack.channel("#sym-access"), "New request from " + slack.mention(event.user))
