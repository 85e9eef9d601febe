from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    from datetime import datetime, date, timedelta, timezone
    d = date(2026, 12, 31)
    return [str(d + timedelta(days=1)), (date(2027, 1, 1) - d).days, d.isoformat(), d.strftime('%A %d %B'), d < date(2027, 1, 1)]
