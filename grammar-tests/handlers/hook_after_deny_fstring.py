from sym.sdk.annotations import hook
from sym.sdk.integrations import slack


@hook
def after_deny(event):
    reason = event.payload.fields.get("reason", "no reason given")
    slack.send_message(
        slack.user(event.user),
        f"Your request was denied ({reason!r}). Ask #help-access if unsure.",
    )
