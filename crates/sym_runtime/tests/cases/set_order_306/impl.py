from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {(-841955175829542175877,), (157931555785329448249, -3, '',), 2305843009213693949, 'π', ('yzbbbb', '',), -0.0, ((,),), 2305843009213693949, -13, 729412815394540271791, '1A', 'μππμμμ', 'zzz'}
    b = {-4, -16, -9, '🎉😀🎉😀😀🎉', 'üà', '🎉😀😀', ('byyaa', 947508,), (,), -941858882165889968803, -6, (False,), 37, 29, -10, 2305843009213693954, 36131082279440676434, 'μλλμλ'}
    c = {('àüàüü', -158229, '',)}
    print(b - a)
    print(a.intersection(c, b))
    print({x for x in c})
    print(a & b)
    print(a.pop() if a else None)
    print(a.union(b, c))
    b &= a
    print([x for x in b])
    a.add(2305843009213693953)
    print(a, b, c)
    return None
