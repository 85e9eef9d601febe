from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    import datetime
    print(datetime.datetime.fromtimestamp(0), datetime.datetime.fromtimestamp(1700000000.5), datetime.datetime.utcfromtimestamp(86400))
    print(datetime.datetime.fromtimestamp(3600, tz=datetime.timezone(datetime.timedelta(hours=2))))
    t = datetime.timedelta(hours=36, minutes=5)
    print(-t, +t, abs(-t), repr(-t), datetime.datetime.now() + -t)
    return datetime.datetime.fromtimestamp(1700000000).timestamp()
