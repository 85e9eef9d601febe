from sym.sdk.annotations import hook
from sym.sdk.integrations import slack


def fmt_duration(seconds):
    hours, rem = divmod(int(seconds), 3600)
    minutes = rem // 60
    return "%dh%02dm" % (hours, minutes) if hours else "%dm" % minutes


@hook
def after_escalate(event):
    seconds = event.payload.fields.get("duration") or 3600
    text = f"Access granted for {fmt_duration(seconds)} to {event.user.email!r} ({abs(-1)}, {round(2.567, 1)}, {'%.1f' % 3.14159})"
    slack.send_thread_message(text)
    summary = {"user": event.user.email, "n": len(text)}
    slack.send_message(slack.channel("#audit"), str(summary))
