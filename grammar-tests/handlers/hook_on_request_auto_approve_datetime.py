from datetime import datetime, timedelta

from sym.sdk.annotations import hook
from sym.sdk.templates import ApprovalTemplate

BUSINESS_HOURS = range(9, 18)


@hook
def on_request(event):
    now = datetime.now()
    duration = timedelta(seconds=event.payload.fields.get("duration", 3600))
    if now.hour not in BUSINESS_HOURS and duration <= timedelta(hours=1):
        return ApprovalTemplate.approve(reason="Short out-of-hours request")
    return None
