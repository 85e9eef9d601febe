from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {2305843009213693951, (751358,), 'A2_', (False, (396182865220549114071, '🎉😀',),), '😀', 'λ', 0.5, '😀🎉🎉🎉🎉', -17, 'cx', -7, 802469, '🎉🎉🎉🎉😀', '🎉', 3.0, -60039, 'yxcy'}
    b = {-790070, 3.0, 2305843009213693948, 'éàééüü', -594191808745352180177, 0.5, 'BA_A', -11, '', ('μλμλππ',), 1002093837366911682304, 591359426086072419653, 3.0, 772086, 'zbazy', 1e+100, '2', ((-19,), 'z',)}
    c = {True, -1026298596439246668392, 104592, ((,), 2305843009213693951,), 222867010917013988105, True, 1e+100, -218228, 4, 'aazxyc', 'bx', '22', 'àüàü', 'yybay', 'μλμπ', -0.0, 'λλλπ', -220803478180174978003, -19, '😀🎉😀🎉🎉😀', (,), -652077965787153304589, (657205,)}
    print(sum_like := len(a))
    for x in list(a)[:3]:
        a.discard(x)
    b.update([])
    print({*a, *c})
    b &= a
    print({*a, *c})
    print(a.symmetric_difference(b))
    print(list(a))
    for x in list(a)[:3]:
        a.discard(x)
    print(b - a)
    print(a, b, c)
    return None
