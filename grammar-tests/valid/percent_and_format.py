from sym.sdk.annotations import hook
from sym.sdk.integrations import slack

TEMPLATE = "%(user)s requested %(target)s for %(hours)d hours"


@hook
def after_request(event):
    fields = event.payload.fields
    target = fields.get("target")
    hours = int(fields.get("duration", 3600)) // 3600
    message = TEMPLATE % {"user": event.user.email, "target": target.label if target else "?", "hours": hours}
    summary = f"{event.name} / {hours:>5}"
    slack.send_thread_message(message + "\n" + summary + "\n" + f"{0.25:.1%}")
