from datetime import datetime, timedelta
from sym.sdk.annotations import hook
from sym.sdk.templates import ApprovalTemplate


@hook
def on_request(event):
    hours = event.payload.fields.get("hours", 1)
    if hours > 8:
        return ApprovalTemplate.deny(reason="too long")
    until = datetime.now() + timedelta(hours=hours)
    print("auto-approving until", until.isoformat())
    return ApprovalTemplate.approve(reason=f"until {until:%H:%M}")
