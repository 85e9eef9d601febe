from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {'xxazaz', 573964619909892723310, -9.0}
    b = {-1.25, 2305843009213693951, '😀🎉😀😀😀🎉', -379637974561189577730, 944092356006216172028, -10.75, 772628053568742151536, 555358, (,), 'πλλ', False, 1075139242519227322917, -0.0, 2.5e-05, -389487, 'μμ', '2AB1A1', '🎉🎉😀', (-1.25,), 'μμμπ', 145832, 11.25, 40}
    c = {'àüà', 'λλλ', 1e+100, True}
    print(a.intersection(c, b))
    print(list(a))
    a.add((False, 2305843009213693953, 2305843009213693952,))
    b.update([980006, (,), 3.0, '😀😀😀🎉😀😀', '', True, 855772732656483749454])
    b &= a
    b.update([-1, 2305843009213693950, '', -1.0, ((,), '_1', 2305843009213693950,), (0.75, 'cyzyy', -921622,)])
    b.update([-1.25, -17])
    print({(1, 2), (2, 1), ('a',)} | a)
    print(sum_like := len(a))
    print(list(a))
    print(a, b, c)
    return None
