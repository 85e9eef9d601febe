import datetime

from sym.sdk.annotations import hook
from sym.sdk.templates import ApprovalTemplate

FREEZE_START = datetime.date(2026, 12, 20)
FREEZE_END = datetime.date(2027, 1, 3)


@hook
def on_request(event):
    today = datetime.datetime.utcnow().date()
    if FREEZE_START <= today <= FREEZE_END:
        return ApprovalTemplate.deny(reason="holiday freeze until %s" % FREEZE_END.isoformat())
    until = event.payload.fields.get("until")
    if until:
        end = datetime.datetime.strptime(until, "%Y-%m-%d")
        if end - datetime.datetime.utcnow() > datetime.timedelta(days=7):
            return ApprovalTemplate.deny(reason="at most a week")
