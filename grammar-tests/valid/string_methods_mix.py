from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack

PREFIX = "sym-"


@reducer
def get_approvers(event):
    reason = (event.payload.fields.get("reason") or "").strip()
    words = reason.lower().replace(",", " ").split()
    team = event.flow.vars.get("team", "platform").title()
    slug = "-".join(w for w in words[:3] if w.isalnum())
    channel = "#" + PREFIX + team.lower()
    if reason.endswith("!") or "urgent" in words:
        channel = channel + "-urgent"
    print("slug=%r channel=%s" % (slug, channel.center(30, "*")))
    return slack.channel(channel.rstrip("-"))
