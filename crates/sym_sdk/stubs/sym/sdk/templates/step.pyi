"What earlier steps of a run produced."
from typing import Optional
from sym.sdk.templates.approval import ApprovalTemplateStep

def get_step_output(step: Optional[ApprovalTemplateStep] = None) -> dict:
    "What a step of this run produced (the current step when none is given)."
