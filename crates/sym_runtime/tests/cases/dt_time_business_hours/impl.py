from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    import datetime
    now = datetime.datetime.now()
    t = now.time()
    print(t, repr(t), t.hour, t.minute, t.isoformat(), t.strftime("%H:%M %p"))
    print(repr(datetime.time(9)), repr(datetime.time(9, 30, 5)), datetime.time(23, 59, 59, 999999), f"{datetime.time(8, 5):%H.%M}")
    print(datetime.time(9) <= t <= datetime.time(17), datetime.time(9) == datetime.time(9, 0))
    print(datetime.datetime.combine(now.date(), datetime.time(8, 30)), t.replace(hour=1), datetime.time())
    try:
        datetime.time(24)
    except ValueError as e:
        print(e)
    return datetime.time(9) <= t <= datetime.time(17)
