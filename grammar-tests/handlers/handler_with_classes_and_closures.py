from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


class Route:
    def __init__(self, prefix, channel):
        self.prefix = prefix
        self.channel = channel

    def matches(self, name):
        return name.startswith(self.prefix)


def make_router(routes, default):
    def route(name):
        for candidate in routes:
            if candidate.matches(name):
                return candidate.channel
        return default
    return route


@reducer
def get_approvers(event):
    router = make_router([Route("prod-", "#prod-access"), Route("stg-", "#stg-access")], "#sym-access")
    return slack.channel(router(event.payload.fields["target"].name))
