from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {'μμπλ', ('😀😀🎉', (,), '😀',), 433758390497525798884, 'λππμλ', 'λμμππλ', 512462032168246138719, -818041147533512449804, -760400945930326377922}
    b = {'1__', 'λμπ', '_', 'z', ('B22_',), -704860829314975795069, (-563002, (2305843009213693953,),), 25, -717642978706195255928, 308549, 552901133622909645135, 101825072463467694037, 'B', 1e+100, 'xc', 479522, 504031068129064588139, '🎉', 2305843009213693949}
    c = {(,), ((-319779584185593499422, False, -40049828223159897299,), 28,), -572802, False, 324180364961056335715, 'μ', 'BBA2_', (,), 790982, 0, -15, 2305843009213693953, 35473, True, 220809, 2.5e-05, 2305843009213693954, 0.5, 'éüüà', 1082945547474339175403}
    c -= b
    print(a.pop() if a else None)
    print(sum_like := len(a))
    print(list(a))
    a |= c
    print(a.difference(b, c))
    print(a, b, c)
    return None
