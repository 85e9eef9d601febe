from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {'yca', 'yzcyy', 6148, 'zzb', 'πμμλ', 2305843009213693953, ('B1', 2305843009213693949, -77971936992903673113,), '😀🎉', 'ü', 'ééüü', '11', 'üàé', '', 2.5e-05}
    b = {'àéééàé', 237067, ('πμλ', ('ayazxy', 14, 2305843009213693953,), 'éàü',), ('B', 'z', 2305843009213693951,), '', 'μππ', '😀🎉🎉🎉', 1044170311164078048008, '😀', 550014, 113474383916277099289, ((2305843009213693954, '🎉', 2305843009213693949,),), 'λ', 2305843009213693954, 2.5e-05, '🎉😀😀😀🎉🎉', 'yyca', 8.5, 632588, 'àü', 'üüüààà'}
    c = {'😀🎉'}
    print({(1, 2), (2, 1), ('a',)} | a)
    print(a.symmetric_difference(b))
    print({*a, *c})
    b.update(['_BB', 31, '🎉😀😀😀🎉🎉', 'μ', 280326, (2305843009213693951, 'xxxxb',)])
    print(a.difference(b, c))
    a |= c
    print(a.intersection(c, b))
    a.discard(255869181876369878095)
    c -= b
    a ^= b
    print(', '.join(str(x) for x in c))
    print(a.intersection(c, b))
    print(a, b, c)
    return None
