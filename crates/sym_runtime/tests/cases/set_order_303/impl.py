from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {2305843009213693952}
    b = {'A_22A2', False, -2, -688350, False}
    c = {(,), (True, 3.0,), 848111, ('éàü',), 'ü', '', -645827, 'àéàüé', '', 950311735065867446171, '', '😀🎉🎉', 'üüé', ('zb', 107777405291398256363, 'àà',), 391458758284204964719, '__12A'}
    b.update([('z',), 2.5e-05])
    a.add('λπμμπ')
    print(a.symmetric_difference(b))
    print(sum_like := len(a))
    print({*a, *c})
    a ^= b
    print(a, b, c)
    return None
