from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {-932062, '', ((,), 2784229479186443008,), 2305843009213693948, -608112, True, 447985, 27, -0.0, '🎉😀🎉😀😀😀', 2305843009213693954, -741026246938312988547, -1.25, True, (,), '🎉', '😀😀🎉🎉', 1e+100, 75205, 'é'}
    b = {'_1', '', ('B1',), 10, 'yyacba', False, 0, '21', False, 2305843009213693949}
    c = {('zacbyx',), ((,),), 'BB_111', 2.5e-05, 12, -0.0, 'üüüààà', (2305843009213693952,), -0.0, '11A', -0.0, 'üüéàü', 'xb', ((,), 'λπμ',)}
    print([x for x in b])
    print({*a, *c})
    print(a.difference(b, c))
    c -= b
    print(list(a))
    print(a, b, c)
    return None
