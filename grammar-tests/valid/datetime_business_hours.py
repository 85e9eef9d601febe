from datetime import datetime, timedelta, timezone

from sym.sdk.annotations import hook, reducer
from sym.sdk.integrations import pagerduty, slack
from sym.sdk.notifications import Notification
from sym.sdk.templates import ApprovalTemplate

BUSINESS_START = 9
BUSINESS_END = 18
WEEKEND = (5, 6)


def in_business_hours(now=None):
    now = now or datetime.now(timezone.utc)
    if now.weekday() in WEEKEND:
        return False
    return BUSINESS_START <= now.hour < BUSINESS_END


@reducer
def get_request_notifications(event):
    if in_business_hours():
        return [Notification(destinations=[slack.channel("#sym-requests")], timeout=int(timedelta(minutes=30).total_seconds()))]
    on_call = pagerduty.users_on_call(schedule_name="after-hours")
    return [Notification(destinations=[slack.group(on_call)] if on_call else [slack.channel("#after-hours")])]


@hook
def on_request(event):
    requested_at = event.payload.timestamp
    deadline = requested_at + timedelta(hours=1)
    print("request at %s, answer before %s" % (requested_at.isoformat(), deadline.strftime("%H:%M")))
    if not in_business_hours() and event.payload.fields.get("emergency"):
        return ApprovalTemplate.approve(reason="after-hours emergency")
