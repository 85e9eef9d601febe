from sym.sdk.annotations import hook
from sym.sdk.integrations import slack


@hook
def after_escalate(event):
    requester = event.get_actor("request") or event.user
    approver = event.get_actor("approve")
    parts = [slack.mention(requester), "now has access"]
    if approver:
        parts.append("(approved by %s)" % slack.mention(approver))
    slack.send_message(slack.channel("#access-audit"), " ".join(parts))
    slack.send_message(slack.user(requester), "Your access is ready.")
