from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack

@reducer
def get_approvers(event):
    return slack.fallback(slack.channel(event.run.source_channel.identifier), slack.channel("#sym-access"))
