from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {'🎉😀😀😀🎉', 'ééüüà', (937886, 'xc', ('üüüü',),), (11,), 582201}
    b = {'', -7.5, 'λμ', 34, 774901, ('à',), 'a', -0.0, 2305843009213693951, 1e+100, '_BA_B', 3.0, 2.5e-05, 31, 790148, 2305843009213693954, 'éàüé'}
    c = {817320528698449172847, '😀', True, 'λμλπλμ', 11, 3.0}
    print({x for x in c})
    a ^= b
    print(a - b)
    a.add(1e+100)
    a |= c
    print(list(a))
    print(a, b, c)
    return None
