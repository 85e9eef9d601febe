from sym.sdk.annotations import hook
from sym.sdk.integrations import pagerduty
from sym.sdk.templates import ApprovalTemplate

# Hooks are optional, and can change control flow by returning Events

@hook
def on_request(event):
    # Auto-approve urgent requests for access by the person on call
    if event.payload.fields["urgency"] == "Urgent" and pagerduty.is_on_call(event.user):
        return ApprovalTemplate.approve()
