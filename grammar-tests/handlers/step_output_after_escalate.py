from sym.sdk.annotations import hook
from sym.sdk.integrations import slack
from sym.sdk.templates import get_step_output


@hook
def after_escalate(event):
    output = get_step_output("escalate")
    errors = output.get("errors", [])
    if errors:
        slack.send_message(slack.channel("#sym-errors"), "\n".join(errors))
