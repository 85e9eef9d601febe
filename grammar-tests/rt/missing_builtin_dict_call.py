from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


@reducer
def get_approvers(event):
    routes = dict(prod="#prod-access", dev="#dev-access")
    return slack.channel(routes["prod"])
