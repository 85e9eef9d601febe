from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {'cyx', 'é', 'λπλλ', (,), 'ππ', 12, '😀😀', ('B1', -511349450440779192070, 'üü',), 'ééàüàü', -17, (,), 2305843009213693952, -2, 2305843009213693954, 938293977910258704568, False, -203970733381838824590, (451025, -1.5,), 'μππμ'}
    b = {'_', 41896756323486894520, 'ééüééü', -13, 'μμμλμλ', 1e+100}
    c = {-693025317647505294640, 'b', 2305843009213693953, 'cxbbya', 'yacay', -28315351276682823277, 15, 'aaccb', -18, -0.5, 'üüü'}
    print(a & b)
    print(', '.join(str(x) for x in c))
    print(a.intersection(c, b))
    print(a.union(b, c))
    print(a ^ b)
    print(a, b, c)
    return None
