from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = set() if False else {1} - {1}
    b = {(,), True, True, -977483, 921195, '1_1A_', 405839704797860856288, ('x', ('πλπ', 1011390948345737801524, -989252,), 1075855411156853357832,), 857095147417460084600, (,), 882410902934343093564, 1.25, '🎉😀😀🎉🎉🎉', 4, 1e+100, -5, (176767365964730701858,), (319991201824403722609, 35, -604449196553831721124,), '', False, 5, '', 18, ('bb', 823983,), (,)}
    c = {'', True, 'àà', 0.5, -1.25, -677721, 'üàééé'}
    print(a.union(b, c))
    print(a.intersection(c, b))
    print(a - b)
    print(a | b)
    print(list(a))
    print(a.copy())
    b.update(['🎉🎉', 'àüà', (,), 4])
    print(a.difference(b, c))
    print(a.union(b, c))
    print(a, b, c)
    return None
