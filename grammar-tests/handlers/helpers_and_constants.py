from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack

CHANNELS = {
    "engineering": "#eng-access",
    "finance": "#fin-access",
}
DEFAULT_CHANNEL = "#sym-access"


def team_of(event):
    fields = event.payload.fields
    return fields.get("team", "").strip().lower()


def channel_for(team):
    return CHANNELS.get(team, DEFAULT_CHANNEL)


@reducer
def get_approvers(event):
    return slack.channel(channel_for(team_of(event)))
