from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import slack

try:
    from sym.sdk.integrations import jira
except ImportError:
    jira = None

DEBUG = False
if DEBUG:
    def log(*args):
        print(*args)
else:
    def log(*args):
        pass

STATE = {"calls": 0}


def counter():
    box = [0]

    def bump():
        box.append(box[-1] + 1)
        return box[-1]

    return bump


bump = counter()


def set_debug(value):
    global DEBUG
    DEBUG = value


@reducer
def get_approvers(event):
    STATE["calls"] = STATE["calls"] + 1
    log("calls", STATE["calls"], bump())
    set_debug(True)
    tmp = event.flow.vars.get("channel")
    del tmp
    tmp = "#sym-requests"
    return slack.channel(tmp)


@hook
def after_deny(event):
    if jira is not None and event.payload.fields.get("ticket"):
        jira.add_comment_to_issue(event.payload.fields["ticket"], "denied")
