from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {(,), 4.5, '2AB', 0.5, -224647407323304202026}
    b = set() if False else {1} - {1}
    c = {'🎉', 2305843009213693952, '😀🎉🎉😀', 'cxaz', 10, False, ('λππλμπ', (3.0,),), 36, (678936076634958094555, False, (693842608571077084576,),), 14, True, (,), 'μ', 579113}
    print(list(a))
    print({*a, *c})
    print(sum_like := len(a))
    for x in list(a)[:3]:
        a.discard(x)
    a.discard(947147672202975763928)
    print(a, b, c)
    return None
