from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {'🎉😀🎉😀', ('',), False, 169248203927684112059, ('',), -12.0, (-1058689056329064502468, -1031411803257369771974, -0.25,), 2305843009213693950, 3.0, 'μμπλ', ((-29077, 2305843009213693948, '😀🎉🎉😀🎉',),), 'λμλ'}
    b = {'üüé', 'a', 'B2_12_', 'πλμμ', '😀🎉🎉😀😀🎉', 2305843009213693949, (-942844, -1.25, -76299591410998059465,), '', 1e+100, 80735, -526487, 197412500688453527193, -0.0, -807839, 2305843009213693952, 'azbyx', 'ü', ('BAA1', 'éà',), (460587, 398611,), ''}
    c = {-171659, 'y', 0.5, 'B'}
    print(a.pop() if a else None)
    print(a.union(b, c))
    print({*a, *c})
    print(a.difference(b, c))
    a |= c
    print(a - b)
    print(a, b, c)
    return None
