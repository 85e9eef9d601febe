from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    import datetime
    out = []
    for d in [datetime.date(2026, 7, 4), datetime.date(2027, 1, 1), datetime.date(2026, 12, 31), datetime.date(2026, 1, 4)]:
        out.append(d.strftime("%U %W %G-%V %u %w %j"))
    return out
