from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {-914010122741511530026, 27, 984712300773398206075, (-713495112316501488590,)}
    b = {435698, 683396706391123049704, 36, 2305843009213693950, '', '_2BA', '', ('üüéééé', 2305843009213693948, -13,), 0.5, (,), 2305843009213693954, 2305843009213693948, '121', 'ππμππ', 1038906506315951712566, '_', ((2305843009213693950,),), 2305843009213693948, (,)}
    c = {'😀', 2305843009213693953, 'πμπλμμ', 'üé', 23, '_', '', 15, 'πμλ', '😀😀🎉😀', '', '_2_B', '', '_B', True, False, -621404, (,), (-970010137670104459215, -13, 941268280576032798436,), -630180, 1e+100, 'àéüüü', 'A2A', -5, -1.25}
    print(a & b)
    print(a.pop() if a else None)
    for x in list(a)[:3]:
        a.discard(x)
    print(sum_like := len(a))
    print({(1, 2), (2, 1), ('a',)} | a)
    print([x for x in b])
    print(a, b, c)
    return None
