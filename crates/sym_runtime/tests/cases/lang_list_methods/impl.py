from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    l = [3, 1, 2]
    l.sort()
    l.append(4)
    l.extend([5])
    l.insert(0, 0)
    return [l, l.index(2), l.count(1), l[1:3], l[-1]]
