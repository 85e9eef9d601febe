from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {2305843009213693950, (2305843009213693948, 2305843009213693948, 'πλμ',), (-0.0, 980169,), -0.0, 821986666705898116000}
    b = {-185763166142842709617, -683129126104080225736, '😀🎉', 2305843009213693951, -11.75, 'éàüüà', -5, 3.0, 2305843009213693948, 2305843009213693952}
    c = {-0.0, ((,), 2305843009213693952, 'caz',), (-603733264805372102862,), '', 'cyyb'}
    for x in list(a)[:3]:
        a.discard(x)
    print([x for x in b])
    print(a | b)
    b.update([-0.0, (-1055649204240688366532, -481335218973272345310,), 'éàüà', 2305843009213693951, -0.0, '🎉😀😀😀🎉😀'])
    c -= b
    print(a.symmetric_difference(b))
    print(a, b, c)
    return None
