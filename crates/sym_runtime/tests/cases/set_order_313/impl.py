from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {-105056, 1, 'üàéüàé', 35632, ((2305843009213693948, -11.5, 215739,),), 7, 28, '🎉😀😀🎉', -0.0, 'é', 211837302021106125220, '😀🎉🎉', 2305843009213693951, 2512798597805462620, -10.75, '', '😀', 18}
    b = {False, (,), 3.0, 'bbycy', 898174, '21', (-76306,), '', (41360, '',), False, -76843284410641760667}
    c = {'éüüééé', 'πμ', 63165806043159039021, True, 'üà', 'ü', (82644492622443281119,), 'bbyxx', '', 'μπλπ', 3.0}
    print({x for x in c})
    b.update(['àéà', '', -11, 'πλλμππ', ('xx', 'zyb', -172735212937942603967,)])
    print(a.difference(b, c))
    print(', '.join(str(x) for x in c))
    print(a - b)
    print(a, b, c)
    return None
