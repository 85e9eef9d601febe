from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {839935604467813211346, (,), 3.0, 9.75, 2305843009213693950, (,), -13, 'éüààüü'}
    b = set() if False else {1} - {1}
    c = {167077308283564700233, True, ('üüéééü', 'üééàüü',), -1.0, 'éüüüà', 182888}
    print(a - b)
    a |= c
    print({(1, 2), (2, 1), ('a',)} | a)
    print([x for x in b])
    print(a & b)
    print(a | b)
    b.update([(-322514,)])
    print({*a, *c})
    print(a, b, c)
    return None
