from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


class Router:
    DEFAULT = "#sym-requests"
    TABLE = {"db": "#dba", "k8s": "#platform"}

    def for_kind(kind):
        return Router.TABLE.get(kind, Router.DEFAULT)

    def describe():
        return ", ".join("%s->%s" % item for item in Router.TABLE.items())


@reducer
def get_approvers(event):
    kind = event.payload.fields.get("kind", "")
    print(Router.describe())
    return slack.channel(Router.for_kind(kind))
