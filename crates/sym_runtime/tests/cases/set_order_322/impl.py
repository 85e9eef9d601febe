from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {False, -406942, True, (26, '😀😀',), 535407864856512753259, '21_', -8, 3.0, True, -13, (812554, (-656426, 'λμλπ',), (,),), 20, (-436615, False, ('μμμλπ',),), '😀😀😀😀🎉', (,), (0.5, -4440186049780189947,), '😀🎉', True, 'λ', 'àüéüéé', -6, -260252291937485062399}
    b = {(0, 'μπμλ',), -1.25, 'A22', 659631031729911804455, 'ààüü', '1AB', 2305843009213693950, (2305843009213693951,), (,)}
    c = {198494459671340024590, -566441262494378803244, 'πλλμλλ', 2.5e-05, '_BB22_', 2305843009213693950, 223442758647699580727, 'yb', 972980, ('μ', 'zybaz',), 'ü', (True, '🎉🎉',), '🎉', 1e+100, True, '😀🎉🎉🎉🎉', False, -705095487806752027951, -18, 0, (11.25,), '', 'BA_12'}
    print(', '.join(str(x) for x in c))
    print(b - a)
    print({*a, *c})
    print({x for x in c})
    print(a.intersection(c, b))
    print(a, b, c)
    return None
