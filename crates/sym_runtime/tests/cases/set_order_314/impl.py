from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {'', 'μ', 862855, ('b',), 2305843009213693952, -17}
    b = {10, 'àü', '🎉😀', -17, 'μ', 0.5, (1, -1159889239786562685759, 'xxxbca',), -5, -301257, True, 1073530092101066066767, 'é', (,), '12', 'xcycza', ('üüüé', ('A1',), False,), 4.75, 550361816077478805398, ('λμμπλ', 0.5, (,),), '_1B11A', '', (469681, 2305843009213693950,), 25, -505603, '🎉'}
    c = {3.0, (('', 2.5e-05, 752909857055845005587,),), -3.75, 652793866341197417443, '', -33713803771735122114, 2305843009213693953, '🎉', 2305843009213693949, -902933820460489541160, (,), -930605}
    a |= c
    print(a.pop() if a else None)
    print(a ^ b)
    print(a.copy())
    print(a.difference(b, c))
    print(a, b, c)
    return None
