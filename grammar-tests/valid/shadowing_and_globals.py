from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import slack

CACHE = {}
counter = 0


def remember(key, value):
    global counter
    counter += 1
    CACHE[key] = value
    return value


def lookup(key, default=None):
    return CACHE.get(key, default)


@reducer
def get_approvers(event):
    channel = lookup("channel")
    if channel is None:
        channel = remember("channel", event.flow.vars.get("channel", "#sym-requests"))
    return slack.channel(channel)


@hook
def after_request(event):
    type = event.payload.fields.get("type", "standard")
    id = event.user.id
    print("request %s by %s (%d lookups)" % (type, id, counter))
