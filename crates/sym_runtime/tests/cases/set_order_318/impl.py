from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {'🎉😀🎉', '😀🎉', True, (,), '🎉🎉', -812261741801595323397, 422773, (,), 'c', (,), 'z', '', 'λππμππ', 'λπμλμ', 'éàüéü', ('ππμμλ', -420322, 2305843009213693954,), 'A_A__', -908348, '', 'zcxxx', -671135517591067713508, 2305843009213693953}
    b = {2305843009213693951, 2.5e-05, 'B', 39, 'xb', -1.25, ('😀😀🎉🎉🎉🎉', 2305843009213693953, '😀😀',), -1.25, -184493, 1050888133776356213874, 0.5}
    c = {544600584794577384091, 'B112B', 'μλμλ', 2.5e-05, -260133123419349963569}
    for x in list(a)[:3]:
        a.discard(x)
    print(b - a)
    for x in list(a)[:3]:
        a.discard(x)
    print({(1, 2), (2, 1), ('a',)} | a)
    print(a.symmetric_difference(b))
    print(sum_like := len(a))
    print(sum_like := len(a))
    print(a, b, c)
    return None
