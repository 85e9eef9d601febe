from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    return [[x * y for x in range(3) if x] for y in range(2)], {k: v for k, v in [('a', 1)]}, {x % 2 for x in range(5)}
