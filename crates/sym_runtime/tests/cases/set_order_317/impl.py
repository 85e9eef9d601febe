from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {2305843009213693952, 2.5e-05, 1114426773350312356154, (,), 571164879230460496975, 33, 12.0, (,), 'üàüà', False, -794482616301304341840, 'bx', '😀🎉🎉🎉😀😀', -1.25}
    b = {'üéééà', 'üéàüü', 'c', (-815266509646703274721, 2305843009213693954,), (-66371606794582300361, -549318,), (2305843009213693948, '',), (71430, 3.0,), 'cbcy', 0.5, 2305843009213693954, 'éüéüàà'}
    c = {False, False, '1BBA', '', '', 'BAB2AA', (,), True, 618237, '😀😀🎉😀', 'B', -7, -304328932846923664808, ('πππμπ', -0.0, 634623,), 2305843009213693952}
    print(a.pop() if a else None)
    b.update([(2305843009213693948,), 2.5e-05, 'πλλππ', 1e+100, (('é',),), ('éüàéàü',)])
    for x in list(a)[:3]:
        a.discard(x)
    print(a.intersection(c, b))
    print(list(a))
    print({x for x in c})
    print({x for x in c})
    print(a.pop() if a else None)
    a |= c
    print(sum_like := len(a))
    print(a, b, c)
    return None
