from sym.sdk.annotations import hook
from sym.sdk.integrations import slack
from sym.sdk.templates import ApprovalTemplateStep, get_step_output


@hook
def after_escalate(event):
    output = get_step_output(ApprovalTemplateStep.ESCALATE)
    errors = output.get("errors") or []
    if errors:
        slack.send_thread_message("Escalation reported problems: " + ", ".join(str(e) for e in errors))
    else:
        slack.send_thread_message("Access granted.")


@hook
def after_deescalate(event):
    current = get_step_output()
    print("deescalate output", current)
