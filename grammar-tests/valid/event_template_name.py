from sym.sdk.annotations import hook
from sym.sdk.templates import ApprovalTemplate, ApprovalTemplateStep


@hook
def on_escalate(event):
    if event.name == ApprovalTemplateStep.ESCALATE:
        print("escalating", event.user.email)
    if event.payload.fields.get("dry_run"):
        return ApprovalTemplate.deny(reason="dry run only")
