from datetime import date, datetime, timedelta, timezone

from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


def expires_at(start, hours):
    return (start + timedelta(hours=hours)).strftime("%Y-%m-%d %H:%M")


@reducer
def get_approvers(event):
    start = datetime.fromisoformat("2026-01-01T09:00:00+00:00").astimezone(timezone.utc)
    weekend = date.today().weekday() >= 5
    print("expires", expires_at(start, 4))
    return slack.channel("#weekend-access" if weekend else "#sym-requests")
