from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {'1BA', 'ààüé', '', '2', (,), (False, 598391331116834146965, 0.5,), 1e+100, 769397, 2305843009213693952, 30932, (1050069141028166224474,), (2305843009213693951, -426254, 'üàü',), (('yzxby',), (2305843009213693948, '',),), -20, 11, '', -997965}
    b = {-1.25, 1e+100, '🎉', 'λ', '🎉😀🎉🎉😀🎉', (0.5, False, 14,), 2305843009213693948, (-626435, -983990, (2305843009213693950, '1222',),), 'bz', ('éàààé',), 2305843009213693952, 'cxcy', '21_2B'}
    c = {3.0, 'àéü', -0.0, '😀😀😀🎉😀', -116234687633765809794, 578140838948297914710, -165738649926511955301, 905588, 2305843009213693953, 238576235801005253997, '', (874987,), 2305843009213693952, 'àé', 386612619421464249224, 24, (True, True, ('', '🎉🎉🎉😀🎉😀', 2305843009213693948,),), ('czyaay', True,), 1108595139850946151348}
    print(', '.join(str(x) for x in c))
    print(a.intersection(c, b))
    print(list(a))
    print({*a, *c})
    c -= b
    b &= a
    print(a.copy())
    print(a, b, c)
    return None
