from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {-586219, 11.75}
    b = {33, 'zzyya', 'A_A_A', 30, 0.0, 'àüüàéà', '', 2.5e-05, 1e+100, -4, '', True, (-173394277168168470887, 316337,), (2305843009213693948,), -13}
    c = {30, 'bczxxz', False, -82336, 31, '😀😀😀😀', ('😀🎉🎉😀',)}
    print([x for x in b])
    print(a.copy())
    print(a.difference(b, c))
    print(a.pop() if a else None)
    a ^= b
    print([x for x in b])
    print(a, b, c)
    return None
