from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack

CHANNELS = ["#team-a", "#team-b", "#sym-requests"]


@reducer
def get_approvers(event):
    destinations = [slack.channel(name, allow_self=False) for name in CHANNELS]
    return slack.fallback(*destinations, continue_on_timeout=True)
